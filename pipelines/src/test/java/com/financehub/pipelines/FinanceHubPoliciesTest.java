package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.generate.Generation;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Step;
import dev.gha4j.policy.KnownRisks;
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

  // The archived list and the advisories are data files with a date; this says which date cleared FinanceHub.
  @Test
  void noPinnedActionIsArchivedOrHasAnAdvisory() {
    List<ActionRef> pinned = FinanceHubWorkflows.all().stream().map(WorkflowSource::workflow)
        .flatMap(w -> w.jobs().stream()).flatMap(j -> j.steps().stream())
        .map(Step::action).filter(java.util.Objects::nonNull).distinct().toList();

    assertThat(pinned).isNotEmpty();
    assertThat(pinned).as("archived (list of %s)", KnownRisks.archivedListDate()).noneMatch(KnownRisks::archived);
    assertThat(pinned).as("advisories as of %s", KnownRisks.advisoriesDate())
        .allSatisfy(a -> assertThat(KnownRisks.advisories(a)).as(a.uses()).isEmpty());
  }
}
