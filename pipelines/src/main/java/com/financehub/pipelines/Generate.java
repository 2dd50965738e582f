package com.financehub.pipelines;

import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.policy.Policies;
import java.util.List;

/**
 * The checks every generation of FinanceHub's workflows runs after structural validation:
 * {@code make generate} names this class's {@link #checks()} with {@code --checks}; the Maven route
 * ({@code mvn -Pgenerate}, gha4j's Maven plugin) runs the same policy rules by default.
 */
public final class Generate {
  private Generate() {}

  /** The policy rules ({@link Policies#standard()}). */
  public static List<WorkflowCheck> checks() {
    return List.of(Policies.standard());
  }
}
