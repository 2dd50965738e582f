package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.job;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Suppressing a rule with {@code .allow(rule, reason)}: what an allowance covers, and the mistakes
 * made with allowances (no reason, nothing to suppress). See {@link Corpus}.
 */
class AllowanceCorpusTest {

  @TestFactory
  Stream<DynamicTest> allowances() {
    return Corpus.cases(getClass());
  }

  static Workflow okStepAllowance() {
    return steps(Step.run("grep -c TODO src/*.py || true")
        .allow(Rule.SILENT_FAILURE, "grep exits 1 when there is no TODO left, which is the goal"));
  }

  static Workflow okJobAllowanceCoversItsSteps() {
    return ci(jobBuilder("smoke")
        .allow(Rule.FIXED_SLEEP, "the vendor sandbox documents a 30 s warm-up and offers no status endpoint")
        .steps(Step.run("sleep 30"), Step.run("./smoke.sh && sleep 30 && ./smoke.sh")).build());
  }

  static Workflow okWorkflowAllowanceCoversEveryJob() {
    return Scaffold.workflow()
        .allow(Rule.MISSING_TIMEOUT, "jobs of this workflow are cancelled by the release train's own watchdog")
        .jobs(Job.builder("a").runsOn("ubuntu-latest").steps(Step.run("make a")).build(),
            Job.builder("b").runsOn("ubuntu-latest").steps(Step.run("make b")).build())
        .build();
  }

  static Workflow blankReason() {
    return steps(
        // error: [GHA001] `make lint || true` always succeeds, so a failure of make never fails the step; fix: remove
        //   `|| true`; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, "...")
        Step.run("make lint || true")
            // error: allow(GHA001) on step 'make lint || true' has no reason; fix: write why the rule does not apply
            //   here, for the reviewer who reads it in the YAML
            .allow(Rule.SILENT_FAILURE, "  "));
  }

  static Workflow missingReason() {
    // error: [GHA005] job 'build' has no timeout-minutes, so a hung step holds the runner for GitHub's default of 6
    //   hours; fix: add .timeoutMinutes(n) with a little more than the job's usual time
    return ci(Job.builder("build").runsOn("ubuntu-latest").steps(Step.run("make"))
        // error: allow(GHA005) on job 'build' has no reason; fix: write why the rule does not apply here, for the
        //   reviewer who reads it in the YAML
        .allow(Rule.MISSING_TIMEOUT, null).build());
  }

  static Workflow staleAllowances() {
    return Scaffold.workflow()
        // warning: allow(GHA002) on workflow 'ci' suppresses nothing: no GHA002 finding there; fix: remove the
        //   allowance
        .allow(Rule.FIXED_SLEEP, "the old deploy waited for DNS")
        .jobs(job("build", Step.run("make")
            // warning: allow(GHA001) on step 'make' suppresses nothing: no GHA001 finding there; fix: remove the
            //   allowance
            .allow(Rule.SILENT_FAILURE, "make used to fail on warnings")))
        .build();
  }

  static Workflow allowanceForAnotherRuleCoversNothing() {
    return steps(
        // error: [GHA001] `make lint || true` always succeeds, so a failure of make never fails the step; fix: remove
        //   `|| true`; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, "...")
        Step.run("make lint || true")
            // warning: allow(GHA002) on step 'make lint || true' suppresses nothing: no GHA002 finding there; fix:
            //   remove the allowance
            .allow(Rule.FIXED_SLEEP, "lint is flaky"));
  }

  static Workflow allowanceOnOneStepLeavesTheNext() {
    return steps(
        Step.run("make lint || true").allow(Rule.SILENT_FAILURE, "lint findings are reported by the bot instead"),
        // error: [GHA001] `make test || true` always succeeds, so a failure of make never fails the step; fix: remove
        //   `|| true`; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, "...")
        Step.run("make test || true"));
  }

  static Workflow okRuleOfAnotherCheck() {
    return steps(Step.run("make").allow(() -> "ORG001", "an organisation's own check reads this"));
  }
}
