package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job order, {@code if} decisions and result propagation between jobs. */
class SchedulingTest {

  private static Job.Builder job(String id, String script) {
    return Job.builder(id).runsOn("ubuntu-latest").steps(Step.run(script));
  }

  private static SimulationResult run(Job... jobs) {
    return Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(jobs).build()).run();
  }

  @Test
  void jobsRunAfterTheirNeedsInWaves() {
    Job build = job("build", "true").build();
    Job test = job("test", "true").needs(build).build();
    Job lint = job("lint", "true").build();
    Job deploy = job("deploy", "true").needs(test, lint).build();
    // Declared out of order on purpose: needs decide, then declaration order within a wave.
    SimulationResult r = run(deploy, test, build, lint);
    assertThat(r.executionOrder()).as(r.toString()).containsExactly("build", "lint", "test", "deploy");
  }

  @Test
  void aFailedNeedSkipsDependentsTransitively() {
    // "If a job fails or is skipped, all jobs that need it are skipped unless the jobs use a
    // conditional expression that causes the job to continue."
    Job build = job("build", "exit 1").build();
    Job test = job("test", "true").needs(build).build();
    Job deploy = job("deploy", "true").needs(test).build();
    SimulationResult r = run(build, test, deploy);
    assertThat(r.job("build").failed()).isTrue();
    assertThat(r.job("test").skipped()).isTrue();
    assertThat(r.job("test").reason()).contains("build failure");
    assertThat(r.job("deploy").skipped()).isTrue();
    assertThat(r.executionOrder()).containsExactly("build");
  }

  @Test
  void failureIsTrueWhenAnyAncestorFailed() {
    // "If you have a chain of dependent jobs, failure() returns true if any ancestor job fails."
    Job build = job("build", "exit 1").build();
    Job test = job("test", "true").needs(build).build();
    Job rollback = job("rollback", "true").needs(test).when(Expr.failure()).build();
    Job notify = job("notify", "true").needs(test).when(Expr.always()).build();
    Job onSuccess = job("on-success", "true").needs(test).when(Expr.success()).build();
    SimulationResult r = run(build, test, rollback, notify, onSuccess);
    assertThat(r.job("test").skipped()).isTrue();
    assertThat(r.job("rollback").succeeded()).as(r.toString()).isTrue();
    assertThat(r.job("notify").succeeded()).isTrue();
    assertThat(r.job("on-success").skipped()).isTrue();
  }

  @Test
  void failureIsFalseWhenNothingFailed() {
    Job build = job("build", "true").build();
    Job rollback = job("rollback", "true").needs(build).when(Expr.failure()).build();
    SimulationResult r = run(build, rollback);
    assertThat(r.job("rollback").skipped()).isTrue();
    assertThat(r.job("rollback").reason()).isEqualTo("if: failure() was false");
    assertThat(r.executionOrder()).containsExactly("build");
  }

  @Test
  void aSkippedAncestorSkipsJobsWithTheDefaultCondition() {
    // success() wants every ancestor to have succeeded, so a skipped job two levels up skips
    // "report" even though its direct need ran (with always()).
    Job optional = job("optional", "true").when("github.event_name == 'pull_request'").build();
    Job collect = job("collect", "true").needs(optional).when(Expr.always()).build();
    Job report = job("report", "true").needs(collect).build();
    SimulationResult r = run(optional, collect, report);
    assertThat(r.job("optional").skipped()).isTrue();
    assertThat(r.job("optional").reason()).isEqualTo("if: github.event_name == 'pull_request' was false");
    assertThat(r.job("collect").succeeded()).isTrue();
    assertThat(r.job("report").skipped()).as(r.toString()).isTrue();
  }

  @Test
  void needsResultAndOutputsFlowToDependents() {
    Step version = Step.run("echo \"version=1.${{ github.run_number }}\" >> \"$GITHUB_OUTPUT\"").id("v").build();
    Job build = Job.builder("build").runsOn("ubuntu-latest").output("version", version.output("version"))
        .steps(version).build();
    Job release = job("release", "echo \"releasing $V ($R)\"").needs(build)
        .env("V", build.output("version")).env("R", build.result()).build();
    SimulationResult r = Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(build, release).build())
        .runNumber(41).run();
    assertThat(r.job("build").output("version")).isEqualTo("1.41");
    assertThat(r.job("release").steps().get(0).stdout()).isEqualTo("releasing 1.41 (success)\n");
  }

  @Test
  void cancellationCancelsDefaultJobsButNotAlwaysJobs() {
    Job build = job("build", "true").build();
    Job deploy = job("deploy", "true").needs(build).build();
    Job cleanup = Job.builder("cleanup").runsOn("ubuntu-latest").needs(build).when(Expr.always())
        .steps(Step.run("echo cleaning"), Step.named("only-if-ok").run("true"),
            Step.named("notify").run("true").when(Expr.cancelled()))
        .build();
    SimulationResult r = Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(build, deploy, cleanup).build())
        .cancelAfter("build").run();
    assertThat(r.job("deploy").cancelled()).isTrue();
    assertThat(r.job("cleanup").ran()).isTrue();
    assertThat(r.job("cleanup").step("Run echo cleaning").skipped()).as("a step without status function").isTrue();
    assertThat(r.job("cleanup").step("notify").ran()).isTrue();
  }

  @Test
  void continueOnErrorJobLooksSuccessfulToDependents() {
    Job flaky = job("flaky", "exit 1").continueOnError(true).build();
    Job next = job("next", "true").needs(flaky).build();
    SimulationResult r = run(flaky, next);
    assertThat(r.job("flaky").outcome()).isEqualTo(Conclusion.FAILURE);
    assertThat(r.job("flaky").result()).isEqualTo(Conclusion.SUCCESS);
    assertThat(r.job("next").ran()).isTrue();
  }

  @Test
  void matrixJobsRunOncePerCombination() {
    Job test = Job.builder("test").runsOn("ubuntu-latest")
        .matrix(Matrix.axis("python", "3.11", "3.12").and("db", "pg", "sqlite")
            .exclude(Combination.of("python", "3.11").and("db", "sqlite"))
            .include(Combination.of("python", "3.13").and("experimental", true)))
        .steps(Step.run("echo \"${{ matrix.python }}/${{ matrix.db }}/${{ strategy.job-index }}\""))
        .build();
    SimulationResult r = run(test);
    assertThat(r.jobs("test")).extracting(JobReport::name).containsExactly(
        "test (3.11, pg)", "test (3.12, pg)", "test (3.12, sqlite)", "test (3.13, true)");
    assertThat(r.jobs("test")).extracting(j -> j.steps().get(0).stdout())
        .containsExactly("3.11/pg/0\n", "3.12/pg/1\n", "3.12/sqlite/2\n", "3.13//3\n");
    assertThatThrownBy(() -> r.job("test")).hasMessageContaining("matrix of 4 jobs");
  }

  @Test
  void failFastCancelsTheRemainingCombinations() {
    Job test = Job.builder("test").runsOn("ubuntu-latest").matrix(Matrix.axis("n", 1, 2, 3))
        .steps(Step.run("test ${{ matrix.n }} -ne 2")).build();
    Job after = job("after", "true").needs(test).when(Expr.failure()).build();
    SimulationResult r = run(test, after);
    assertThat(r.jobs("test")).extracting(JobReport::result)
        .containsExactly(Conclusion.SUCCESS, Conclusion.FAILURE, Conclusion.CANCELLED);
    assertThat(r.job("after").ran()).isTrue();

    Job patient = Job.builder("test").runsOn("ubuntu-latest")
        .strategy(Strategy.matrix(Matrix.axis("n", 1, 2, 3)).failFast(false))
        .steps(Step.run("test ${{ matrix.n }} -ne 2")).build();
    assertThat(run(patient).jobs("test")).extracting(JobReport::result)
        .containsExactly(Conclusion.SUCCESS, Conclusion.FAILURE, Conclusion.SUCCESS);
  }

  @Test
  void aJobIfThatCannotBeEvaluatedFailsTheJob() {
    Job bad = job("bad", "true").when("fromJSON('{oops')").build();
    SimulationResult r = run(bad);
    assertThat(r.job("bad").failed()).isTrue();
    assertThat(r.job("bad").reason()).startsWith("SchedulingTest.java:").contains("not valid JSON");
  }

  @Test
  void resultTextNamesEveryJobAndWhy() {
    Job build = job("build", "echo building; echo broken >&2; exit 2").build();
    Job deploy = job("deploy", "true").needs(build).build();
    String text = run(build, deploy).toString();
    assertThat(text).contains("[FAILED] build  failure", "(exit 2)", "stderr| broken", "stdout| building",
        "[skip]   deploy  skipped: needs not successful: [build failure]");
  }

  @Test
  void untriggeredWorkflowRunsNothing() {
    Workflow w = Workflow.builder("w").on(Trigger.push().branches("main")).jobs(job("a", "true").build()).build();
    SimulationResult r = Simulation.of(w).on(Event.push("dev")).run();
    assertThat(r.triggered()).isFalse();
    assertThat(r.jobs()).isEmpty();
    assertThatThrownBy(() -> r.job("a")).hasMessageContaining("did not run");
  }

  @Test
  void stubbingAnActionNoStepUsesIsAnError() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(job("a", "true").build()).build();
    assertThatThrownBy(() -> Simulation.of(w).action("actions/chekout", ActionStub.succeeds()).run())
        .hasMessageContaining("stubs an action no step of w.yml uses");
  }

  @Test
  void unknownNeedIsReportedWithTheLine() {
    Job a = job("a", "true").build();
    Job b = job("b", "true").needs(a).build();
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(List.of(b)).build();
    assertThatThrownBy(() -> Simulation.of(w).run())
        .hasMessageStartingWith("SchedulingTest.java:").hasMessageContaining("job 'b' needs 'a'");
  }
}
