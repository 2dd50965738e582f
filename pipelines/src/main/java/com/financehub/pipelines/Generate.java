package com.financehub.pipelines;

import dev.gha4j.actions.ActionInputsCheck;
import dev.gha4j.actions.ActionRuntimeCheck;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.policy.Policies;
import java.util.List;

/**
 * {@code make generate}: writes generated/.github/workflows/*.yml from the Java pipelines, after the
 * structural validator and the checks ({@link #checks()}) found nothing wrong.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) {
    System.exit(GenerateCommand.run(args, FinanceHubWorkflows.all(), checks(), System.out, System.err));
  }

  /**
   * The checks every generation runs after structural validation: the policy rules, and the checks
   * of steps that use a bound action by its ref (unknown inputs, releases on a retired runtime).
   */
  public static List<WorkflowCheck> checks() {
    return List.of(Policies.standard(), new ActionInputsCheck(), new ActionRuntimeCheck());
  }
}
