package dev.gha4j.validate;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static dev.gha4j.validate.GitHubParityTest.refusals;
import static dev.gha4j.validate.GitHubParityTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import org.junit.jupiter.api.Test;

/**
 * The workflows of issue #12 that GitHub accepts but that are bugs actionlint reports, one test
 * each, named after the check that now refuses them.
 */
class ActionlintParityTest {

  private static Workflow run(Step step) {
    return workflow().jobs(job("build").steps(step).build()).build();
  }

  @Test
  void expressionTypes_aStringComparedWithAnObject() {
    int line = line(); Step step = Step.run("echo " + Expr.github("event").eq("push")).build();
    assertThat(refusals(run(step))).containsExactly(refused(Check.EXPRESSION_TYPES, problem(line,
        "run: github.event == 'push' compares an object with a string by ==, which is never what is meant; fix:"
            + " compare values of the same kind")));
  }

  @Test
  void expressionTypes_aPropertyOfSomethingThatIsNotAnObject() {
    int line = line(); Step step = Step.run("echo " + Expr.github("sha.short")).build();
    assertThat(refusals(run(step))).containsExactly(refused(Check.EXPRESSION_TYPES, problem(line,
        "run: github.sha is a string, so it has no property 'short'; fix: read a property of an object")));
  }

  @Test
  void expressionTypes_unknownPropertiesOfGithubRunnerAndJob() {
    int line = line(); Step step = Step.run("echo " + Expr.github("commit") + Expr.runner("cpu") + Expr.job("state")).build();
    assertThat(refusals(run(step))).extracting(s -> s.substring(0, s.indexOf(" (it has:"))).containsExactly(
        refused(Check.EXPRESSION_TYPES, problem(line, "run: github has no property 'commit'")),
        refused(Check.EXPRESSION_TYPES, problem(line, "run: runner has no property 'cpu'")),
        refused(Check.EXPRESSION_TYPES, problem(line, "run: job has no property 'state'")));
  }

  @Test
  void strategyProperty_unknownPropertyOfStrategy() {
    int line = line(); Step step = Step.run("echo " + Expr.strategy("index")).build();
    assertThat(refusals(run(step))).containsExactly(refused(Check.STRATEGY_PROPERTY, problem(line,
        "run: strategy has no property 'index' (it has: fail-fast, job-index, job-total, max-parallel)")));
  }

  @Test
  void undeclaredInput_anInputNeitherTriggerDeclares() {
    Trigger dispatch = Trigger.workflowDispatch().input(Input.string("tag"));
    int line = line(); Step step = Step.run("echo " + Expr.inputs("version")).build();
    Workflow w = Workflow.builder("ci").on(dispatch).jobs(job("build").steps(step).build()).build();
    assertThat(refusals(w)).containsExactly(refused(Check.UNDECLARED_INPUT, problem(line,
        "run: inputs.version is not an input of this workflow (declared: tag); fix: declare it with .input(...) on"
            + " Trigger.workflowDispatch() or Trigger.workflowCall()")));
  }

  @Test
  void undeclaredInput_aSecretWorkflowCallDoesNotDeclare() {
    Trigger call = Trigger.workflowCall().secret("TOKEN", "the token", true);
    int line = line(); Step step = Step.run("echo").env("KEY", Expr.secrets("DEPLOY_KEY")).build();
    Workflow w = Workflow.builder("ci").on(call).jobs(job("build").steps(step).build()).build();
    assertThat(refusals(w)).containsExactly(refused(Check.UNDECLARED_INPUT, problem(line,
        "env.KEY: secrets.DEPLOY_KEY is not a secret that workflow_call declares (declared: actions_runner_debug,"
            + " actions_step_debug, github_token, token); fix: declare it with .secret(\"DEPLOY_KEY\", ...) on"
            + " Trigger.workflowCall()")));
  }

  @Test
  void runnerLabel_aLabelThatIsNotGitHubHosted() {
    int line = line(); Job job = Job.builder("build").runsOn("ubuntu-lates").steps(Step.run("make")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.RUNNER_LABEL, problem(line,
        "runs-on: 'ubuntu-lates' is not a GitHub-hosted runner label; fix: did you mean 'ubuntu-latest'? (a label of"
            + " your own runners needs .runsOn(RunsOn.labels(\"self-hosted\", ...)))")));
  }

  @Test
  void retiredRunner_macos12AndUbuntu2004() {
    int macLine = line(); Job mac = Job.builder("mac").runsOn("macos-12").steps(Step.run("make")).build();
    int ubuntuLine = line(); Job ubuntu = Job.builder("linux").runsOn("ubuntu-20.04").steps(Step.run("make")).build();
    assertThat(refusals(workflow().jobs(mac, ubuntu).build())).containsExactly(
        refused(Check.RETIRED_RUNNER, problem(macLine, "runs-on: GitHub retired the runner image 'macos-12' (gone by"
            + " 2024-12-03), so the job would never start; fix: .runsOn(\"macos-15\")")),
        refused(Check.RETIRED_RUNNER, problem(ubuntuLine, "runs-on: GitHub retired the runner image 'ubuntu-20.04'"
            + " (gone by 2025-04-15), so the job would never start; fix: .runsOn(\"ubuntu-24.04\")")));
  }

  @Test
  void runnerLabel_labelsOfDifferentRunners() {
    int line = line(); Job job = Job.builder("build").runsOn(RunsOn.labels("ubuntu-latest", "windows-latest"))
        .steps(Step.run("make")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.RUNNER_LABEL, problem(line,
        "runs-on: 'windows-latest' and 'ubuntu-latest' name different runners, and a job runs on one runner that has"
            + " all its labels; fix: keep one, or run the job once per runner with a matrix")));
  }

  @Test
  void cronFrequency_moreOftenThanEveryFiveMinutes() {
    int line = line(); Trigger schedule = Trigger.schedule("*/2 * * * *");
    assertThat(refusals(Workflow.builder("ci").on(schedule).jobs(job("build").build()).build())).containsExactly(
        refused(Check.CRON_FREQUENCY, problem(line, "cron '*/2 * * * *' runs every 2 minutes at its busiest, but"
            + " GitHub runs a schedule at most every 5 minutes; fix: run it every 5 minutes or less often")));
  }

  @Test
  void glob_invalidPatternsInFilters() {
    int line = line(); Trigger push = Trigger.push().branches("release/[]").paths("src/[z-a]/**");
    assertThat(refusals(Workflow.builder("ci").on(push).jobs(job("build").build()).build())).containsExactly(
        refused(Check.GLOB, problem(line, "on.push.branches: 'release/[]': '[]' at 9 matches nothing; fix: put"
            + " characters between the brackets")),
        refused(Check.GLOB, problem(line, "on.push.paths: 'src/[z-a]/**': the range 'z-a' in [] runs backwards")));
  }

  @Test
  void matrixEntries_anExcludeKeyTheMatrixDoesNotHave() {
    int line = line(); Job job = job("build").matrix(Matrix.axis("os", "linux", "mac")
        .exclude(Combination.of("arch", "arm64"))).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.MATRIX_ENTRIES, problem(line,
        "strategy.matrix.exclude names 'arch', which the matrix does not have (it has: os); fix: use one of those"
            + " keys")));
  }

  @Test
  void matrixEntries_anExcludeMatchesAnIncludedValueWhateverTheKeysCase() {
    // make fuzz, seed 1796312461: include's "os" adds to the axis "OS", for GitHub and actionlint alike.
    Job job = job("build").matrix(Matrix.axis("OS", "x", "y").include(Combination.of("os", "a"))
        .exclude(Combination.of("OS", "a"))).build();
    assertThat(refusals(workflow().jobs(job).build())).isEmpty();
  }

  @Test
  void expressionTypes_runnerWorkspaceIsKnownThoughActionlintsTypesLackIt() {
    // The corpus's fmtlib workflow: GitHub's runner sets runner.workspace; refusing it refused a working file.
    Job job = job("build").steps(Step.run("cmake -S . -B ${{ runner.workspace }}/build")).build();
    assertThat(refusals(workflow().jobs(job).build())).isEmpty();
  }

  @Test
  void emptySection_anAxisWithoutValues() {
    int line = line(); Job job = job("build").matrix(Matrix.axis("os", new String[0])).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.EMPTY_SECTION, problem(line,
        "strategy.matrix.os has no values, so the job never runs; fix: give the axis values, or remove it")));
  }

  @Test
  void matrixEntries_maxParallelZero() {
    int line = line(); Job job = job("build").strategy(Strategy.matrix(Matrix.axis("os", "linux")).maxParallel(0)).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.MATRIX_ENTRIES, problem(line,
        "strategy.max-parallel is 0, so no combination would ever run; fix: .maxParallel(1) or more, or leave it out")));
  }

  @Test
  void deprecatedCommand_setOutputSaveStateSetEnvAddPath() {
    int line = line(); Step step = Step.run("""
        echo "::set-output name=tag::v1"
        echo "::save-state name=pid::42"
        echo "::set-env name=MODE::fast"
        echo "::add-path::/opt/tool/bin"
        """).build();
    assertThat(refusals(run(step))).extracting(s -> s.substring(0, s.indexOf(" was disabled"))).containsExactly(
        refused(Check.DEPRECATED_COMMAND, problem(line, "run: the workflow command ::set-output")),
        refused(Check.DEPRECATED_COMMAND, problem(line, "run: the workflow command ::save-state")),
        refused(Check.DEPRECATED_COMMAND, problem(line, "run: the workflow command ::set-env")),
        refused(Check.DEPRECATED_COMMAND, problem(line, "run: the workflow command ::add-path")));
  }

  @Test
  void reusableWorkflowRef_aRemoteCallWithoutRef() {
    int line = line(); Job call = Job.calling("deploy", "octo/infra/.github/workflows/deploy.yml").build();
    assertThat(refusals(workflow().jobs(call).build())).containsExactly(refused(Check.REUSABLE_WORKFLOW_REF,
        problem(line, "job 'deploy' calls 'octo/infra/.github/workflows/deploy.yml', which is none of"
            + " ./path/to/workflow.yml, $/path/to/workflow.yml and owner/repo/path/to/workflow.yml@ref; fix: use one of"
            + " those forms")));
  }

  @Test
  void reusableWorkflowRef_localAndSelfRepositoryCallsNeedNoRef() {
    Job local = Job.calling("local", "./.github/workflows/deploy.yml").build();
    Job self = Job.calling("self", "$/.github/workflows/deploy.yml").build();
    assertThat(refusals(workflow().jobs(local, self).build())).isEmpty();
  }
}
