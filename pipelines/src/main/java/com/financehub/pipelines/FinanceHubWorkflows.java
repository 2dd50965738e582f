package com.financehub.pipelines;

import dev.gha4j.api.WorkflowSource;
import java.util.List;

/** Every FinanceHub workflow. Add a new one here and it is generated, validated and tested. */
public final class FinanceHubWorkflows {
  private FinanceHubWorkflows() {}

  /**
   * The workflows {@code make generate} writes: {@code --workflows} and the Maven plugin's
   * {@code <workflows>} name this method.
   *
   * @return CI, security scanning, deployment and release, in the order the generator writes them
   */
  public static List<WorkflowSource> all() {
    return List.of(new FinanceHubCi(), new FinanceHubSecurity(), new FinanceHubDeploy(), new FinanceHubRelease());
  }
}
