package com.financehub.pipelines;

import dev.gha4j.actions.ActionInputsCheck;
import dev.gha4j.actions.ActionRuntimeCheck;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.policy.Policies;
import java.util.List;

/**
 * The checks every generation of FinanceHub's workflows runs after structural validation:
 * {@code make generate} names this class's {@link #checks()} with {@code --checks}, and the Maven
 * route ({@code mvn -Pgenerate}, gha4j's Maven plugin) with {@code <checks>}.
 */
public final class Generate {
  private Generate() {}

  /**
   * The checks every generation runs after structural validation: the policy rules, and the checks
   * of steps that use a bound action by its ref (unknown inputs, releases on a retired runtime).
   *
   * @return the standard policy rules, {@link ActionInputsCheck} and {@link ActionRuntimeCheck}
   */
  public static List<WorkflowCheck> checks() {
    return List.of(Policies.standard(), new ActionInputsCheck(), new ActionRuntimeCheck());
  }
}
