package com.financehub.pipelines;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.policy.Policies;
import dev.gha4j.review.WorkflowGraph;
import java.util.List;

/**
 * {@code mvn -Pgenerate}: writes generated/.github/workflows/*.yml from the Java pipelines, after the
 * structural validator and the policy rules ({@link Policies#standard()}) found nothing wrong, and
 * with {@code --graphs DIR} a job graph per workflow ({@link WorkflowGraph}).
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) {
    System.exit(GenerateCommand.run(args, FinanceHubWorkflows.all(), checks(), WorkflowGraph::files, System.out,
        System.err));
  }

  /** The checks every generation runs after structural validation: the policy rules. */
  public static List<WorkflowCheck> checks() {
    return List.of(Policies.standard());
  }
}
