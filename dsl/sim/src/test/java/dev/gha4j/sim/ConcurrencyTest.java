package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Workflow-level concurrency groups across runs, and cancelling a run at a moment of the simulated clock. */
class ConcurrencyTest {

  /** A ten-minute deploy in group deploy-<branch>. */
  private static Workflow deploy(boolean cancelInProgress) {
    Job job = Job.builder("deploy").runsOn("ubuntu-latest").timeoutMinutes(30)
        .steps(Step.run("echo start\nsleep 10m\necho done").id("roll-out")).build();
    Job notify = Job.builder("notify").runsOn("ubuntu-latest").timeoutMinutes(5).needs(job).when(Expr.always())
        .steps(Step.run("echo \"deploy: $RESULT\"").env("RESULT", Expr.needsResult("deploy")).id("tell")
            .when(Expr.always())).build();
    return Workflow.builder("deploy").on(Trigger.push())
        .concurrency(Concurrency.group("deploy-" + Expr.github("ref_name")).cancelInProgress(cancelInProgress))
        .jobs(job, notify).build();
  }

  private static Simulation push(Workflow w, String branch) {
    return Simulation.of(w).on(Event.push(branch));
  }

  @Test
  void aSecondRunOfTheGroupWaitsForTheFirst() {
    Workflow w = deploy(false);
    ConcurrentRuns.Outcome runs = ConcurrentRuns.of(push(w, "main")).then(Duration.ofMinutes(2), push(w, "main")).run();
    assertThat(runs.run(0).result().job("deploy").succeeded()).as(runs.toString()).isTrue();
    assertThat(runs.run(0).endedAt()).isEqualTo(Duration.ofMinutes(10));
    assertThat(runs.run(1).startedAt()).isEqualTo(Duration.ofMinutes(10));
    assertThat(runs.run(1).note()).isEqualTo("waited for run 0 of group 'deploy-main'");
    assertThat(runs.run(1).result().job("deploy").succeeded()).isTrue();
  }

  @Test
  void cancelInProgressCancelsTheOlderRunWhereItIs() {
    Workflow w = deploy(true);
    ConcurrentRuns.Outcome runs = ConcurrentRuns.of(push(w, "main")).then(Duration.ofMinutes(3), push(w, "main")).run();
    SimulationResult first = runs.run(0).result();
    assertThat(first.job("deploy").cancelled()).as(runs.toString()).isTrue();
    assertThat(first.job("deploy").step("roll-out").stdout()).isEqualTo("start\n");
    assertThat(first.job("deploy").step("roll-out").message()).contains("cancelled by run 1 of group 'deploy-main'");
    // always() still runs in a cancelled run, and sees the cancellation.
    assertThat(first.job("notify").step("tell").stdout()).isEqualTo("deploy: cancelled\n");
    assertThat(runs.run(0).endedAt()).isEqualTo(Duration.ofMinutes(3));
    assertThat(runs.run(1).startedAt()).isEqualTo(Duration.ofMinutes(3));
    assertThat(runs.run(1).result().job("deploy").succeeded()).isTrue();
  }

  @Test
  void aNewerArrivalReplacesTheRunThatWasWaiting() {
    Workflow w = deploy(false);
    ConcurrentRuns.Outcome runs = ConcurrentRuns.of(push(w, "main"))
        .then(Duration.ofMinutes(1), push(w, "main"))
        .then(Duration.ofMinutes(2), push(w, "main")).run();
    assertThat(runs.run(1).note()).as(runs.toString()).isEqualTo("cancelled while pending: run 2 of group 'deploy-main' replaced it");
    assertThat(runs.run(1).result().job("deploy").ran()).isFalse();
    assertThat(runs.run(1).result().job("deploy").cancelled()).isTrue();
    assertThat(runs.run(2).startedAt()).isEqualTo(Duration.ofMinutes(10));
    assertThat(runs.run(2).result().job("deploy").succeeded()).isTrue();
  }

  @Test
  void runsOfDifferentGroupsDoNotWait() {
    Workflow w = deploy(false);
    ConcurrentRuns.Outcome runs = ConcurrentRuns.of(push(w, "main")).then(Duration.ofMinutes(2), push(w, "release")).run();
    assertThat(runs.run(1).group()).isEqualTo("deploy-release");
    assertThat(runs.run(1).startedAt()).isEqualTo(Duration.ofMinutes(2));
    assertThat(runs.run(1).note()).isNull();
  }

  @Test
  void aRunCanBeCancelledAtAMomentOfTheClock() {
    SimulationResult run = push(deploy(false), "main").cancelAt(Duration.ofMinutes(4)).run();
    assertThat(run.job("deploy").cancelled()).as(run.toString()).isTrue();
    assertThat(run.job("deploy").elapsed()).isEqualTo(Duration.ofMinutes(4));
    assertThat(run.job("notify").ran()).isTrue();
    assertThat(run.duration()).isEqualTo(Duration.ofMinutes(4));
  }
}
