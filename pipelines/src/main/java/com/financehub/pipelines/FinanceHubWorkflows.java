package com.financehub.pipelines;

import dev.gha4j.generate.WorkflowSource;
import java.util.List;

/** Every FinanceHub workflow. Add a new one here and it is generated, validated and tested. */
public final class FinanceHubWorkflows {
  private FinanceHubWorkflows() {}

  public static List<WorkflowSource> all() {
    return List.of(new FinanceHubCi());
  }
}
