package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import org.junit.jupiter.api.Test;

/** {@link Policies#uncovered}: what a baseline of allowances needs, element by element. */
class UncoveredFindingsTest {
  @Test
  void eachFindingNoAllowanceCoversNamesItsJobAndStep() {
    Step quiet = Step.run("make || true").build();
    Step loud = Step.run("make test || true").allow(Rule.SILENT_FAILURE, "flaky upstream").build();
    Job build = Job.builder("build").runsOn("ubuntu-latest").steps(quiet, loud).build();
    Workflow w = Workflow.builder("ci").on(Trigger.push()).jobs(build).build();

    assertThat(Policies.standard().uncovered(w))
        .extracting(f -> f.rule().id() + " " + (f.job() == null ? "-" : f.job().id()) + " " + (f.step() == quiet))
        .containsExactlyInAnyOrder("GHA006 - false", "GHA006 build false", "GHA005 build false", "GHA001 build true");
  }
}
