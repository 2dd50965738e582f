package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulated clock: sleep and slow fakes take time, and timeout-minutes holds as on GitHub. */
class ClockTest {

  private static SimulationResult run(Simulation sim) {
    return sim.run();
  }

  private static Simulation of(Job... jobs) {
    return Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(jobs).build());
  }

  @Test
  void sleepAdvancesTheClockInNoRealTime() {
    Job job = Job.builder("j").runsOn("ubuntu-latest").timeoutMinutes(10)
        .steps(Step.run("sleep 90\nsleep 1m 0.5s\nsleep 2.25")).build();
    long start = System.nanoTime();
    JobReport j = run(of(job)).job("j");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertThat(j.succeeded()).isTrue();
    assertThat(j.elapsed()).isEqualTo(Duration.ofMillis(90_000 + 60_500 + 2_250));
  }

  @Test
  void aJobPastItsTimeoutIsCancelledAndItsDependentsSeeCancelled() {
    Job slow = Job.builder("slow").runsOn("ubuntu-latest").timeoutMinutes(1)
        .steps(Step.run("echo before\nsleep 30\nsleep 40\necho after").id("work"),
            Step.run("echo next").id("next"),
            Step.run("echo cleanup").id("cleanup").when(Expr.always()))
        .build();
    Job onFailure = Job.builder("on-failure").runsOn("ubuntu-latest").timeoutMinutes(5).needs(slow)
        .when(Expr.failure()).steps(Step.run("echo failure")).build();
    Job onCancelled = Job.builder("on-cancelled").runsOn("ubuntu-latest").timeoutMinutes(5).needs(slow)
        .when(Expr.cancelled().not().and(Expr.needsResult("slow").eq("cancelled"))).steps(Step.run("echo cancelled"))
        .build();
    SimulationResult result = run(of(slow, onFailure, onCancelled));
    JobReport j = result.job("slow");
    assertThat(j.cancelled()).as(result.toString()).isTrue();
    assertThat(j.timedOut()).isTrue();
    assertThat(j.elapsed()).isEqualTo(Duration.ofMinutes(1));
    assertThat(j.reason()).contains("exceeded timeout-minutes");
    assertThat(j.step("work").outcome()).isEqualTo(Conclusion.CANCELLED);
    assertThat(j.step("work").stdout()).isEqualTo("before\n");
    assertThat(j.step("work").message()).contains("maximum execution time of 1 minutes");
    assertThat(j.step("next").skipped()).isTrue();
    assertThat(j.step("cleanup").stdout()).isEqualTo("cleanup\n");
    assertThat(result.job("on-failure").skipped()).isTrue();
    assertThat(result.job("on-cancelled").ran()).isTrue();
  }

  @Test
  void aFakeAnswerCanTakeTimeOrHang() {
    Job job = Job.builder("j").runsOn("ubuntu-latest").timeoutMinutes(15)
        .steps(Step.run("aws ecs wait services-stable\necho stable").id("wait")).build();
    SimulationResult slowButInTime = run(of(job)
        .fake("aws", aws -> aws.when("ecs wait *", Answer.ok().andTakes(Duration.ofMinutes(12)))));
    assertThat(slowButInTime.job("j").succeeded()).isTrue();
    assertThat(slowButInTime.job("j").elapsed()).isEqualTo(Duration.ofMinutes(12));
    SimulationResult hung = run(of(job).fake("aws", aws -> aws.when("ecs wait *", Answer.hangs())));
    assertThat(hung.job("j").timedOut()).as(hung.toString()).isTrue();
    assertThat(hung.job("j").elapsed()).isEqualTo(Duration.ofMinutes(15));
    assertThat(hung.job("j").step("wait").stdout()).isEmpty();
  }

  @Test
  void aStepPastItsOwnTimeoutFailsAndTheJobGoesOn() {
    Job job = Job.builder("j").runsOn("ubuntu-latest").timeoutMinutes(30)
        .steps(Step.run("sleep 10m").id("slow").timeoutMinutes(2),
            Step.run("echo report").id("report").when(Expr.failure()))
        .build();
    JobReport j = run(of(job)).job("j");
    assertThat(j.failed()).isTrue();
    assertThat(j.timedOut()).isFalse();
    assertThat(j.step("slow").failed()).isTrue();
    assertThat(j.step("slow").message()).isEqualTo("The action 'Run sleep 10m' has timed out after 2 minutes (simulated clock).");
    assertThat(j.step("report").stdout()).isEqualTo("report\n");
    assertThat(j.elapsed()).isEqualTo(Duration.ofMinutes(2));
  }
}
