package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.sim.Event;
import dev.gha4j.sim.Simulation;
import dev.gha4j.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** release.yml: only version tags publish a release. */
class ReleaseBehaviourTest {

  @Test
  void aVersionTagPublishesAReleaseWithGeneratedNotes() {
    SimulationResult run = Simulation.of(new FinanceHubRelease()).on(Event.pushTag("v2.4.0")).run();
    assertThat(run.job("release").succeeded()).as(run.toString()).isTrue();
    assertThat(run.job("release").step("Create GitHub release").input("generate_release_notes")).isEqualTo("true");
  }

  @Test
  void branchPushesAndOtherTagsPublishNothing() {
    assertThat(Simulation.of(new FinanceHubRelease()).on(Event.push("main")).run().triggered()).isFalse();
    assertThat(Simulation.of(new FinanceHubRelease()).on(Event.pushTag("nightly-2026-11-24")).run().triggered()).isFalse();
  }
}
