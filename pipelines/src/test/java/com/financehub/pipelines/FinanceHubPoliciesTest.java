package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.Generation;
import dev.gha4j.policy.Policies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALL-1 to ALL-3 and CI-12: every FinanceHub workflow passes every policy rule, without warnings. */
class FinanceHubPoliciesTest {

  @Test
  void all1_to_all3_everyWorkflowPassesThePolicyRules() {
    Generation g = Generation.of(FinanceHubWorkflows.all(), List.of(Policies.standard()));

    assertThat(g.problems()).isEmpty();
    assertThat(g.warnings()).isEmpty();
    assertThat(g.files()).isNotEmpty();
  }
}
