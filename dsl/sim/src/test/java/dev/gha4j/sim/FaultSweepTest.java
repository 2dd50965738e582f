package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fault injection: which calls a sweep breaks, how, and that a fault changes only what comes after it. */
class FaultSweepTest {

  private static Simulation guide() {
    return Simulation.of(GuideExampleTest.deployWorkflow())
        .fake("aws", aws -> aws.when("ecs describe-services *", Answer.prints("app:41")));
  }

  /** The guide's sweeps, shared by the tests that only read them (each run costs real processes). */
  private static FaultRuns baselineOnly;
  private static FaultRuns withFollowUps;

  @BeforeAll
  static void sweep() {
    baselineOnly = guide().faults().depth(1).run();
    withFollowUps = guide().faults().run();
  }

  @Test
  void oneRunPerCallOfTheBaselineEachKindWhereItMatters() {
    FaultRuns runs = baselineOnly;
    assertThat(runs.baseline().job("rollback").skipped()).isTrue();
    assertThat(runs).extracting(r -> r.fault().site().callee() + " #" + r.fault().site().occurrence() + " " + r.fault().kind())
        .containsExactly(
            // Its output is read ($(…)), so an empty answer is tried too.
            "aws #1 FAILS", "aws #1 HANGS", "aws #1 EMPTY_OUTPUT",
            "aws #1 FAILS", "aws #1 HANGS",
            "curl #1 FAILS", "curl #1 HANGS",
            // The health check retried the failed call: an outage is tried as well.
            "curl #1 FAILS_EVERY_TIME");
    assertThat(runs.get(0).toString())
        .isEqualTo("deploy › step 1 \"Record live revision\" › aws #1 fails (ecs describe-services --cluster prod --query "
            + "services[0].taskDefinition --output text)");
    assertThat(runs).allMatch(r -> r.fault().cause() == null);
  }

  @Test
  void eachKindBreaksTheCallAsItSays() {
    FaultRuns runs = baselineOnly;
    JobReport emptyRevision = runs.get(2).result().job("deploy");
    assertThat(emptyRevision.step("live").outputs()).containsEntry("revision", "");
    JobReport hung = runs.get(1).result().job("deploy");
    assertThat(hung.timedOut()).isTrue();
    assertThat(hung.result()).isEqualTo(Conclusion.CANCELLED);
    JobReport blip = runs.get(5).result().job("deploy");
    assertThat(blip.succeeded()).as(runs.get(5).result().toString()).isTrue();
    assertThat(blip.step("Check health").calls("curl")).hasSize(2);
    JobReport outage = runs.get(7).result().job("deploy");
    assertThat(outage.failed()).isTrue();
    assertThat(outage.step("Check health").calls("curl")).hasSize(5);
    assertThat(outage.step("Check health").stderr()).contains("injected fault", "unhealthy after 5 attempts");
  }

  @Test
  void aFaultChangesWhatComesAfterItNeverWhatCameBefore() {
    FaultRuns runs = withFollowUps;
    List<Call> baseline = runs.baseline().allCalls().details();
    for (FaultRun run : runs) {
      if (run.fault().cause() != null) continue;
      List<Call> calls = run.result().allCalls().details();
      int at = calls.indexOf(calls.stream().filter(c -> c.site().equals(run.fault().site())).findFirst().orElseThrow());
      assertThat(calls.subList(0, at)).as(run.toString()).isEqualTo(baseline.subList(0, at));
      assertThat(calls.get(at).site()).isEqualTo(baseline.get(at).site());
    }
  }

  @Test
  void callsOnlyAFaultedRunReachesAreBrokenInTurnWithTheirCause() {
    FaultRuns runs = withFollowUps;
    List<FaultRun> followUps = runs.stream().filter(r -> r.fault().cause() != null).toList();
    assertThat(followUps).extracting(r -> r.fault().site().job() + " " + r.fault().site().callee() + " #"
            + r.fault().site().occurrence() + " " + r.fault().kind() + " after " + r.fault().cause().kind())
        .containsExactly(
            // Found after the describe-services failure made the rollback run.
            "rollback aws #1 FAILS after FAILS", "rollback aws #1 HANGS after FAILS",
            // The second attempt of the health check, reached after the first failed.
            "deploy curl #2 FAILS after FAILS", "deploy curl #2 HANGS after FAILS",
            "deploy curl #2 FAILS_EVERY_TIME after FAILS");
    FaultRun rollbackFails = followUps.get(0);
    assertThat(rollbackFails.fault().chain()).hasSize(2);
    assertThat(rollbackFails.result().job("rollback").failed()).isTrue();
    assertThat(rollbackFails.result().job("rollback").step("Roll back").stderr()).contains("injected fault");
    // Every site is broken in the first run that reaches it, so the sweep ends.
    assertThat(runs).extracting(r -> r.fault().site() + " " + r.fault().kind()).doesNotHaveDuplicates();
  }

  @Test
  void aFaultedRunTakesTheJobsBeforeItsFaultFromTheBaselineAndEndsAsIfItHadRunThem() {
    Job first = Job.builder("first").runsOn("ubuntu-latest").steps(Step.run("kv put k 1\nkv get k")).build();
    Job second = Job.builder("second").runsOn("ubuntu-latest").needs(first)
        .steps(Step.run("v=$(kv get k)\nkv put k2 \"$v-second\"")).build();
    Job third = Job.builder("third").runsOn("ubuntu-latest").needs(second).steps(Step.run("kv get k2")).build();
    AtomicInteger copies = new AtomicInteger();
    Simulation sim = Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(first, second, third).build())
        .model(FakeModel.of(FakeModelTest.Store::new).answers("kv", FakeModelTest.Store::kv)
            .copiedWith(s -> { copies.incrementAndGet(); return s.copy(); }));
    FaultRuns runs = sim.faults().kinds(FaultKind.FAILS, FaultKind.EMPTY_OUTPUT).run();
    assertThat(runs).hasSize(6);
    assertThat(copies.get()).as("checkpoints and restores").isGreaterThan(3);
    for (FaultRun run : runs) {
      SimulationResult ranThrough = sim.inject(run.fault()).run();
      assertThat(run.result().toString()).as(run.toString()).isEqualTo(ranThrough.toString());
      assertThat(run.result().allCalls().details()).isEqualTo(ranThrough.allCalls().details());
      assertThat(run.result().model(FakeModelTest.Store.class).values).isEqualTo(ranThrough.model(FakeModelTest.Store.class).values);
    }
    assertThat(runs.get(5).toString()).startsWith("third › step 1 \"Run kv get k2\" › kv #1 fails");
    // second's read answered nothing: the state it leaves, which third reads, shows it.
    assertThat(runs.get(3).fault().kind()).isEqualTo(FaultKind.EMPTY_OUTPUT);
    assertThat(runs.get(3).result().job("third").steps().get(0).stdout()).isEqualTo("-second\n");
  }

  @Test
  void stubbedActionsFailOrLoseTheirOutputs() {
    Step login = Step.uses("aws-actions/amazon-ecr-login@v2").id("ecr").build();
    Workflow wf = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest")
        .steps(login, Step.named("Push").run("docker push \"$REGISTRY/app\"").env("REGISTRY", login.output("registry")))
        .build()).build();
    FaultRuns runs = Simulation.of(wf).action("aws-actions/amazon-ecr-login", ActionStub.succeeds().output("registry", "r.io"))
        .faults().kinds(FaultKind.FAILS, FaultKind.EMPTY_OUTPUT).run();
    assertThat(runs).extracting(FaultRun::toString).containsExactly(
        "j › step 1 \"Run aws-actions/amazon-ecr-login@v2\" › uses aws-actions/amazon-ecr-login fails",
        "j › step 1 \"Run aws-actions/amazon-ecr-login@v2\" › uses aws-actions/amazon-ecr-login answers nothing",
        "j › step 2 \"Push\" › docker #1 fails (push r.io/app)");
    assertThat(runs.get(0).result().job("j").step("ecr").message()).contains("injected fault");
    assertThat(runs.get(1).result().calls("docker")).containsExactly(List.of("push", "/app"));
  }

  @Test
  void theScriptReadingAnOutputIsTold() {
    Workflow wf = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest").steps(
        Step.run("a=$(aws a)\naws b\naws c | cat\naws d > out.txt\naws e 2>&1\nfor i in 1 2; do aws f; done")).build()).build();
    SimulationResult r = Simulation.of(wf).run();
    assertThat(r.calls("aws").details()).extracting(c -> c.line() + " " + c.site().occurrence() + " " + c.outputRead())
        .containsExactly("a 1 true", "b 2 false", "c 3 true", "d 4 true", "e 5 false", "f 6 false", "f 7 false");
  }

  @Test
  void sparedCommandsAndUnknownFaultsAreRefused() {
    assertThat(guide().faults().sparing("curl", "aws").run()).isEmpty();
    Fault gitFault = new Fault(CallSite.command("deploy", 1, "x", "git", 1), FaultKind.FAILS, "", null);
    assertThatThrownBy(() -> guide().unfake("git").inject(gitFault).run())
        .hasMessageContaining("a fault for 'git', which is not faked");
    assertThatThrownBy(() -> new Fault(CallSite.action("j", 1, "x", "a/b"), FaultKind.HANGS, "", null))
        .hasMessageContaining("a stubbed action can fail or answer nothing");
  }
}
