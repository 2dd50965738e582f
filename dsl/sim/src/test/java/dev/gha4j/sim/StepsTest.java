package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Steps inside one job: outputs, environment, working directories, shells, stubs and status. */
class StepsTest {

  private static final ActionRef LOGIN =
      new ActionRef("aws-actions/amazon-ecr-login", "0123456789012345678901234567890123456789", "v2.0.1");

  private static JobReport runJob(StepSource... steps) {
    return runJob(Job.builder("j").runsOn("ubuntu-latest").steps(steps));
  }

  private static JobReport runJob(Job.Builder job) {
    return Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(job.build()).build()).run().job("j");
  }

  @Test
  void outputsIncludingMultiLineReachLaterSteps() {
    Step produce = Step.run("""
        echo "single=one" >> "$GITHUB_OUTPUT"
        {
          echo "notes<<EOF"
          echo "line 1"
          echo "line=2"
          echo "EOF"
        } >> "$GITHUB_OUTPUT"
        """).id("produce").build();
    JobReport j = runJob(produce,
        Step.run("printf '%s|' \"$NOTES\" \"${{ steps.produce.outputs.single }}\" \"${{ steps.produce.outcome }}\"")
            .env("NOTES", produce.output("notes")).id("consume"));
    assertThat(j.step("produce").outputs()).containsEntry("single", "one").containsEntry("notes", "line 1\nline=2");
    assertThat(j.step("consume").stdout()).isEqualTo("line 1\nline=2|one|success|");
  }

  @Test
  void githubEnvAppliesToLaterStepsAndTheEnvContext() {
    JobReport j = runJob(Job.builder("j").runsOn("ubuntu-latest").env("STAGE", "job").steps(
        Step.run("echo \"STAGE=from-github-env\" >> \"$GITHUB_ENV\"\n"
            + "printf 'BODY<<END\\na\\nb\\nEND\\n' >> \"$GITHUB_ENV\"\n"
            + "echo \"GITHUB_SHA=forged\" >> \"$GITHUB_ENV\"").id("set"),
        Step.run("echo \"$STAGE ${{ env.STAGE }} $BODY $GITHUB_SHA\"").id("read"),
        Step.run("echo \"$STAGE\"").env("STAGE", "step").id("step-wins")));
    assertThat(j.step("read").stdout()).isEqualTo("from-github-env from-github-env a\nb 0123456789abcdef0123456789abcdef01234567\n");
    assertThat(j.step("step-wins").stdout()).isEqualTo("step\n");
  }

  @Test
  void environmentLayersAndRunnerVariables() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).env("LEVEL", "workflow").env("KEEP", "wf")
        .jobs(Job.builder("j").runsOn("ubuntu-latest").env("LEVEL", "job")
            .steps(Step.run("echo \"$LEVEL $KEEP $CI $GITHUB_REF_NAME $GITHUB_JOB $RUNNER_OS $GITHUB_EVENT_NAME\"")
                .env("LEVEL", Expr.env("LEVEL")))
            .build())
        .build();
    JobReport j = Simulation.of(w).on(Event.push("main")).run().job("j");
    assertThat(j.steps().get(0).stdout()).isEqualTo("job wf true main j Linux push\n");
  }

  @Test
  void pathFileAddsCommandsForLaterSteps() {
    JobReport j = runJob(
        Step.run("mkdir -p \"$RUNNER_TEMP/bin\"; printf '#!/bin/sh\\necho tool-ran\\n' > \"$RUNNER_TEMP/bin/mytool\";"
            + " chmod +x \"$RUNNER_TEMP/bin/mytool\"; echo \"$RUNNER_TEMP/bin\" >> \"$GITHUB_PATH\""),
        Step.run("mytool").id("use"));
    assertThat(j.step("use").stdout()).isEqualTo("tool-ran\n");
  }

  @Test
  void workingDirectoriesAreCreatedUnderTheWorkspace() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).defaults(Defaults.run().workingDirectory("apps"))
        .jobs(Job.builder("j").runsOn("ubuntu-latest").steps(
            Step.run("pwd | sed \"s|$GITHUB_WORKSPACE|WS|\"").id("default"),
            Step.run("pwd | sed \"s|$GITHUB_WORKSPACE|WS|\"; cat requirements.txt").workingDirectory("apps/backend").id("own"))
            .build())
        .build();
    JobReport j = Simulation.of(w).workspaceFile("apps/backend/requirements.txt", "django==5.0\n").run().job("j");
    assertThat(j.step("default").stdout()).isEqualTo("WS/apps\n");
    assertThat(j.step("own").stdout()).isEqualTo("WS/apps/backend\ndjango==5.0\n");
  }

  @Test
  void withoutAShellGitHubRunsBashDashEWithoutPipefail() {
    // ScriptHandler: no shell means `bash -e {0}`: a failure before `|` does not fail the step,
    // a failing command on its own does.
    JobReport j = runJob(Step.run("false | cat\necho reached\nfalse\necho unreachable").id("s"));
    assertThat(j.step("s").exitCode()).isEqualTo(1);
    assertThat(j.step("s").stdout()).isEqualTo("reached\n");
    assertThat(runJob(Step.run("[[ $- == *e* ]] && echo errexit; [[ -o pipefail ]] && echo pipefail; echo end").id("s"))
        .step("s").stdout()).isEqualTo("errexit\nend\n");
  }

  @Test
  void shellBashAddsPipefailAndSkipsTheProfile() {
    JobReport j = runJob(Step.run("false | cat\necho unreachable").shell("bash").id("s"));
    assertThat(j.step("s").exitCode()).isEqualTo(1);
    assertThat(j.step("s").stdout()).isEmpty();
    // The same for every step of a job whose defaults name bash.
    JobReport defaults = runJob(Job.builder("j").runsOn("ubuntu-latest").defaults(Defaults.run().shell("bash"))
        .steps(Step.run("false | cat\necho unreachable").id("s")));
    assertThat(defaults.step("s").failed()).isTrue();
  }

  @Test
  void shellShIsShDashE() {
    JobReport sh = runJob(Step.run("false | cat\necho reached\nfalse\necho unreachable").shell("sh").id("s"));
    assertThat(sh.step("s").stdout()).isEqualTo("reached\n");
    assertThat(sh.step("s").exitCode()).isEqualTo(1);
  }

  @Test
  void aTemplateRunsAsWrittenAndMustNameTheScript() {
    // `bash {0}` has no -e: a failing command does not stop the script.
    JobReport plain = runJob(Step.run("false\necho \"$0\"").shell("bash {0}").id("s"));
    assertThat(plain.step("s").succeeded()).isTrue();
    assertThat(plain.step("s").stdout()).endsWith("step-1.sh\n");
    JobReport custom = runJob(Step.run("[[ $- == *e* ]] && echo errexit; [[ $- == *x* ]] && echo xtrace; echo end")
        .shell("bash -ex {0}").id("s"));
    assertThat(custom.step("s").stdout()).isEqualTo("errexit\nxtrace\nend\n");
    JobReport noFile = runJob(Step.run("echo hi").shell("bash -x").id("s"));
    assertThat(noFile.step("s").failed()).isTrue();
    assertThat(noFile.step("s").message()).contains("shell 'bash -x' is not a built-in shell and has no {0}");
    JobReport python = runJob(Step.run("print(1)").shell("python").id("s"));
    assertThat(python.step("s").failed()).isTrue();
    assertThat(python.step("s").message()).startsWith("StepsTest.java:").contains("shell 'python' is not simulated");
  }

  @Test
  void laterStepsAreSkippedAfterAFailureUnlessTheirIfSaysOtherwise() {
    JobReport j = runJob(
        Step.run("exit 4").id("fails"),
        Step.run("echo next").id("next"),
        Step.run("echo \"${{ steps.fails.outcome }}\"").id("report").when(Expr.failure()),
        Step.run("echo always").id("always").when(Expr.always()));
    assertThat(j.failed()).isTrue();
    assertThat(j.step("fails").exitCode()).isEqualTo(4);
    assertThat(j.step("next").skipped()).isTrue();
    assertThat(j.step("report").stdout()).isEqualTo("failure\n");
    assertThat(j.stepsRun()).containsExactly("Run exit 4", "Run echo \"${{ steps.fails.outcome }}\"", "Run echo always");
  }

  @Test
  void continueOnErrorStepHasFailureOutcomeAndSuccessConclusion() {
    JobReport j = runJob(
        Step.run("exit 1").id("flaky").continueOnError(true),
        Step.run("echo \"${{ steps.flaky.outcome }} ${{ steps.flaky.conclusion }}\"").id("after"));
    assertThat(j.succeeded()).isTrue();
    assertThat(j.step("flaky").failed()).isTrue();
    assertThat(j.step("flaky").conclusion()).isEqualTo(Conclusion.SUCCESS);
    assertThat(j.step("after").stdout()).isEqualTo("failure success\n");
  }

  @Test
  void malformedOutputFileFailsTheStep() {
    JobReport j = runJob(Step.run("echo 'name<<EOF' >> \"$GITHUB_OUTPUT\"; echo 'never closed' >> \"$GITHUB_OUTPUT\"").id("s"));
    assertThat(j.step("s").failed()).isTrue();
    assertThat(j.step("s").message()).contains("never closed by a line 'EOF'");
  }

  @Test
  void stubbedActionsGiveOutputsAndRecordEvaluatedInputs() {
    Step login = Step.uses(LOGIN).id("login").with("mask-password", true).build();
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest").steps(
        login,
        Step.uses("softprops/action-gh-release@0123456789012345678901234567890123456789").id("release")
            .with("tag_name", "v" + Expr.github("run_number")),
        Step.run("echo \"${{ steps.login.outputs.registry }} $AWS_REGION\"").id("use")).build()).build();
    JobReport j = Simulation.of(w).runNumber(12)
        .action("aws-actions/amazon-ecr-login", ActionStub.succeeds().output("registry", "1.dkr.ecr").env("AWS_REGION", "eu-west-1"))
        .run().job("j");
    assertThat(j.step("login").input("mask-password")).isEqualTo("true");
    assertThat(j.step("release").input("tag_name")).isEqualTo("v12");
    assertThat(j.step("use").stdout()).isEqualTo("1.dkr.ecr eu-west-1\n");
  }

  @Test
  void aFailingStubFailsTheJob() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest").steps(
        Step.uses(LOGIN).id("login"), Step.run("echo after").id("after")).build()).build();
    JobReport j = Simulation.of(w).action("aws-actions/amazon-ecr-login", ActionStub.fails("no credentials")).run().job("j");
    assertThat(j.failed()).isTrue();
    assertThat(j.step("login").message()).isEqualTo("no credentials");
    assertThat(j.step("after").skipped()).isTrue();
  }

  @Test
  void varsSecretsInputsAndEnvironmentVariables() {
    Workflow w = Workflow.builder("w").on(Trigger.workflowDispatch().input(
            dev.gha4j.model.Input.bool("dry-run").defaultValue(false)))
        .jobs(Job.builder("j").runsOn("ubuntu-latest").environment("staging").steps(
            Step.run("echo \"${{ vars.REGION }} ${{ vars.UNSET }}|${{ secrets.TOKEN }} ${{ inputs.dry-run }} "
                + "${{ github.event.inputs.dry-run }} ${{ inputs.dry-run == true }}\"").id("s")).build())
        .build();
    JobReport j = Simulation.of(w).on(Event.workflowDispatch().input("dry-run", "true"))
        .variable("REGION", "us-east-1").variable("staging", "REGION", "eu-west-1").secret("TOKEN", "t0k")
        .run().job("j");
    assertThat(j.step("s").stdout()).isEqualTo("eu-west-1 |t0k true true true\n");
  }

  @Test
  void aHangingStepIsKilledAndReported() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest").steps(
        Step.run("echo started; while true; do :; done").id("hang"), Step.run("echo next").id("next")).build()).build();
    SimulationResult r = Simulation.of(w).stepTimeout(Duration.ofMillis(300)).run();
    JobReport j = r.job("j");
    assertThat(j.step("hang").timedOut()).isTrue();
    assertThat(j.step("hang").failed()).isTrue();
    assertThat(j.step("hang").stdout()).isEqualTo("started\n");
    assertThat(j.step("next").skipped()).isTrue();
    assertThat(r.toString()).contains("TIMED OUT", "killed after 300 ms");
  }

  @Test
  void environmentVariablesFollowAMatrixEnvironment() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest")
        .matrix(dev.gha4j.model.Matrix.axis("stage", "staging", "production"))
        .environment(Expr.matrix("stage").embed())
        .steps(Step.run("echo \"${{ vars.URL }}\"")).build()).build();
    SimulationResult r = Simulation.of(w).variable("staging", "URL", "https://staging.example.com")
        .variable("production", "URL", "https://example.com").run();
    assertThat(r.jobs("j")).extracting(j -> j.steps().get(0).stdout())
        .containsExactly("https://staging.example.com\n", "https://example.com\n");
  }
}
