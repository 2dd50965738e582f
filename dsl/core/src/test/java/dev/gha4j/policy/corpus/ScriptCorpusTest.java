package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Script rules: silent failures, fixed sleeps, unbounded loops, checks that cannot fail, long
 * scripts; and look-alikes they must leave alone. See {@link Corpus}.
 */
class ScriptCorpusTest {

  @TestFactory
  Stream<DynamicTest> scripts() {
    return Corpus.cases(getClass());
  }

  static Workflow swallowedFailures() {
    return steps(
        // error: [GHA001] `./scripts/check-licences.sh || exit 0` always succeeds (script line 2), so a failure of
        //   ./scripts/check-licences.sh never fails the step; fix: remove `|| exit 0`; if the failure really does not
        //   matter, say why with .allow(Rule.SILENT_FAILURE, "...")
        // error: [GHA001] `make lint || :` always succeeds (script line 1), so a failure of make never fails the
        //   step; fix: remove `|| :`; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE,
        //   "...")
        Step.named("Lint").run("""
            make lint || :
            ./scripts/check-licences.sh || exit 0
            """));
  }

  static Workflow errexitSwitchedOff() {
    return steps(
        // error: [GHA001] `set +e` turns off exit-on-error (script line 1), so failing commands after it do not fail
        //   the step; fix: remove it, and test an exit status explicitly where a failure is expected: `if ! cmd; then
        //   ...; fi`
        Step.run("set +e\nmake test"),
        // error: [GHA001] `set -u +o errexit` turns off exit-on-error (script line 1), so failing commands after it
        //   do not fail the step; fix: remove it, and test an exit status explicitly where a failure is expected: `if
        //   ! cmd; then ...; fi`
        Step.run("set -u +o errexit\nmake test"));
  }

  static Workflow orTrueInCommandSubstitution() {
    return steps(
        // error: [GHA001] `git describe --tags || true` always succeeds (script line 1), so a failure of git never
        //   fails the step; fix: remove `|| true`; if the failure really does not matter, say why with
        //   .allow(Rule.SILENT_FAILURE, "...")
        Step.run("VERSION=$(git describe --tags || true)\necho \"$VERSION\""));
  }

  static Workflow continueOnErrorStep() {
    return steps(
        // error: [GHA001] step 'Audit' has continue-on-error: true, so its failure never fails the job; fix: remove
        //   it; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, "...")
        Step.named("Audit").run("npm audit --audit-level=high").continueOnError(true));
  }

  static Workflow continueOnErrorJob() {
    // error: [GHA001] job 'flaky' has continue-on-error: true, so its failure never fails the workflow run; fix:
    //   remove it; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, "...")
    return ci(jobBuilder("flaky").continueOnError(true).steps(Step.run("make e2e")).build());
  }

  static Workflow okLookalikes() {
    return steps(
        Step.run("echo \"never write || true here\"  # and not set +e either"),
        Step.run("cat > notes.txt <<'EOF'\nsleep 60\nset +e\nEOF\necho done"),
        Step.run("make lint LEVEL=" + Expr.vars("LEVEL").or(Expr.literal("info"))),
        Step.run("make e2e").continueOnError(Expr.vars("E2E_OPTIONAL").eq("true")));
  }

  static Workflow fixedSleepInMinutes() {
    return steps(
        // error: [GHA002] `sleep 1m` is a fixed wait of 60 s, too short on a slow day and wasted on a fast one; fix:
        //   wait for the condition itself (e.g. `aws ecs wait tasks-stopped`), or poll it in a bounded retry loop:
        //   `for i in $(seq 1 10); do check && break; sleep 5; done`
        Step.named("Wait for the cache").run("sleep 1m"));
  }

  static Workflow sleepInLoopThatNeverStopsEarly() {
    return steps(
        // error: [GHA002] `sleep 20` is a fixed wait of 20 s (script line 3), too short on a slow day and wasted on a
        //   fast one; fix: wait for the condition itself (e.g. `aws ecs wait tasks-stopped`), or poll it in a bounded
        //   retry loop: `for i in $(seq 1 10); do check && break; sleep 5; done`
        Step.run("""
            for region in eu-west-1 us-east-1; do
              ./deploy.sh "$region"
              sleep 20
            done
            """));
  }

  static Workflow okShortOrUnknownSleeps() {
    return steps(Step.run("sleep 2"), Step.run("sleep \"$DELAY\""), Step.run("""
        attempts=0
        while ! curl -fsS http://localhost:8000/health; do
          attempts=$((attempts + 1))
          if [ "$attempts" -ge 30 ]; then exit 1; fi
          sleep 10
        done
        """));
  }

  static Workflow whileTrue() {
    return steps(
        // error: [GHA014] `while true` loop (script line 1) has no bound: nothing counts its attempts or limits its
        //   time, so it can spin until the job times out; fix: count the attempts and fail after the last: `for i in
        //   $(seq 1 10); do check && break; sleep 5; done`
        Step.run("""
            while true; do
              curl -fsS http://localhost:8000/health && break
              sleep 5
            done
            """));
  }

  static Workflow whileColonAndForEver() {
    return steps(
        // error: [GHA014] `while :` loop has no bound: nothing counts its attempts or limits its time, so it can spin
        //   until the job times out; fix: count the attempts and fail after the last: `for i in $(seq 1 10); do check
        //   && break; sleep 5; done`
        Step.run("while :; do ./poll.sh && break; sleep 5; done"),
        // error: [GHA014] `for ((;;))` loop has no bound: nothing counts its attempts or limits its time, so it can
        //   spin until the job times out; fix: count the attempts and fail after the last: `for i in $(seq 1 10); do
        //   check && break; sleep 5; done`
        Step.run("for ((;;)); do ./poll.sh && break; sleep 5; done"));
  }

  static Workflow untilWithoutCounter() {
    return steps(
        // error: [GHA014] `until aws ecs describe-tasks --cluster c --tasks "$TASK"` loop (script line 1) has no
        //   bound: nothing counts its attempts or limits its time, so it can spin until the job times out; fix: count
        //   the attempts and fail after the last: `for i in $(seq 1 10); do check && break; sleep 5; done`
        Step.named("Wait for the task").run("""
            until aws ecs describe-tasks --cluster c --tasks "$TASK" | grep -q STOPPED; do
              sleep 10
            done
            """).shell("bash"));
  }

  static Workflow okBoundedLoops() {
    return steps(
        Step.run("for ((i = 0; i < 10; i++)); do ./poll.sh && break; sleep 5; done"),
        Step.run("n=0\nuntil ./poll.sh; do ((n++)); (( n < 10 )) || exit 1; sleep 5; done"),
        Step.run("while IFS= read -r line; do echo \"$line\"; done < files.txt"),
        Step.run("while [ $SECONDS -lt 300 ]; do ./poll.sh && exit 0; sleep 5; done; exit 1"));
  }

  static Workflow exitZero() {
    return steps(
        // error: [GHA016] `ruff check --exit-zero .` exits 0 whatever ruff finds; fix: remove --exit-zero so findings
        //   fail the step
        Step.run("ruff check --exit-zero ."));
  }

  static Workflow longScript() {
    String script = String.join("\n", Collections.nCopies(31, "echo step"));
    return steps(
        // warning: [GHA015] the run script of step 'Release notes' has 31 lines of code (more than 30); fix: move it
        //   to a script file in the repository (e.g. .github/scripts/release-notes.sh) and run that
        Step.named("Release notes").run(script));
  }

  static Workflow okThirtyLinesAndOtherShells() {
    return ci(jobBuilder("build").matrix(Matrix.axis("os", "windows-latest")).steps(
        Step.run(String.join("\n\n# comments and blank lines do not count\n", Collections.nCopies(30, "echo step"))),
        Step.run("import time\ntime.sleep(30)").shell("python")).build());
  }

  static Workflow pipelineUnderTheDefaultShell() {
    return steps(
        // error: [GHA017] `curl -fsS https://example.com/releases | jq -r '.[0].tag'` (script line 2) runs under
        //   GitHub's default shell `bash -e {0}`, which has no pipefail: when curl fails and jq succeeds, the step
        //   succeeds; fix: set `shell: bash` (GitHub then runs `bash --noprofile --norc -eo pipefail {0}`) on the
        //   step, or for every step with `.defaults(Defaults.run().shell("bash"))` on the workflow or job
        Step.named("Latest release").run("""
            echo "reading releases"
            curl -fsS https://example.com/releases | jq -r '.[0].tag'
            """));
  }

  static Workflow okPipelinesWithPipefail() {
    return ci(
        jobBuilder("explicit").steps(
            Step.run("curl -fsS https://example.com/releases | jq -r '.[0].tag'").shell("bash"),
            Step.run("set -euo pipefail\ncurl -fsS https://example.com/releases | jq length"),
            Step.run("echo \"a|b\" && make test || exit 1"),
            Step.run("./report.sh | tee report.txt").shell("sh")).build(),
        jobBuilder("defaults").defaults(Defaults.run().shell("bash"))
            .steps(Step.run("git log --oneline | head -5")).build());
  }
}
