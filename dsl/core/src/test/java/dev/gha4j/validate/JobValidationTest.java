package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Raw;
import dev.gha4j.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One job and its steps: ids, runner, reusable-workflow calls, uses/run, escape hatches. */
class JobValidationTest {
  private static final String ONE_KIND = "a step either runs a script (.run, .shell, .workingDirectory) or uses an"
      + " action (.uses, .with); give it one of those, not both";

  private static final ActionRef CHECKOUT =
      new ActionRef("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2");

  private static List<Problem> validate(Job... jobs) {
    return Validator.validate(workflow().jobs(jobs).build());
  }

  @Test
  void aContainerIsAnImageOrOneExpressionNotBoth() {
    Container both = new Container("node:20", null, java.util.Map.of(), List.of(), List.of(), List.of(),
        dev.gha4j.expr.Expr.vars("CONTAINER"));
    int line = line(); Job job = job("build").container(both).service("db", Container.image(null)).build();
    assertThat(validate(job)).containsExactlyInAnyOrder(
        problem(line, "the container of job 'build' is one expression and also sets image, credentials, env, ports,"
            + " volumes or options; keep one of the two"),
        problem(line, "service 'db' of job 'build' has no image"));
  }

  @Test
  void aStrategyExpressionOrIncludeExpressionMayDefineAnyMatrixKey() {
    Job fromStrategy = job("a").strategy(dev.gha4j.model.Strategy.fromExpression(dev.gha4j.expr.Expr.vars("s")))
        .steps(Step.run("echo").name("${{ matrix.anything }}")).build();
    Job fromInclude = job("b").matrix(dev.gha4j.model.Matrix.including(dev.gha4j.expr.Expr.vars("m")))
        .steps(Step.run("echo").name("${{ matrix.anything }}")).build();
    assertThat(validate(fromStrategy, fromInclude)).isEmpty();
  }

  @Test
  void aUsesCommentNeedsAUses() {
    int line = line(); Step step = Step.run("make").usesComment("v1").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "step 'make' has a uses comment but no uses; remove .usesComment(...)"));
  }

  @Test
  void anInvalidJobId() {
    int line = line(); Job job = job("1st build").build();
    assertThat(validate(job)).containsExactly(problem(line,
        "job id '1st build' must start with a letter or '_' and contain only letters, digits, '-' and '_'"));
  }

  @Test
  void anInvalidStepId() {
    int line = line(); Step step = Step.run("make").id("make.all").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build())).containsExactly(problem(line,
        "step id 'make.all' must start with a letter or '_' and contain only letters, digits, '-' and '_'"));
  }

  @Test
  void aDuplicateStepId() {
    Step first = Step.run("make").id("build").build();
    int line = line(); Step second = Step.run("make test").id("build").build();
    assertThat(validate(Job.builder("ci").runsOn("ubuntu-latest").steps(first, second).build()))
        .containsExactly(problem(line, "duplicate step id 'build' in job 'ci'"));
  }

  @Test
  void aJobWithoutRunsOn() {
    int line = line(); Job job = Job.builder("build").steps(Step.run("make")).build();
    assertThat(validate(job)).containsExactly(
        problem(line, "job 'build': the required key 'runs-on' is missing; fix: add .runsOn(\"ubuntu-latest\")"));
  }

  @Test
  void aJobWithoutSteps() {
    int line = line(); Job job = Job.builder("build").runsOn("ubuntu-latest").build();
    assertThat(validate(job)).containsExactly(problem(line, "job 'build' has no steps"));
  }

  @Test
  void aReusableWorkflowCallerWithRunsOnAndSteps() {
    int line = line(); Job call = Job.calling("deploy", "./.github/workflows/deploy.yml").runsOn("ubuntu-latest")
        .steps(Step.run("make")).service("db", Container.image("postgres:16")).build();
    assertThat(validate(call)).containsExactly(problem(line, "uses: 'uses' cannot be used together with 'runs-on'; fix:"
        + " a job either runs steps (Job.builder(...).runsOn(...).steps(...)) or calls a reusable workflow"
        + " (Job.calling(...) with .with(...) and .secret(...)); remove what the other kind has"));
  }

  @Test
  void aCallerCannotPassSecretsOneByOneAndInherit() {
    int line = line(); Job call = Job.calling("deploy", "./.github/workflows/deploy.yml")
        .secret("TOKEN", dev.gha4j.expr.Expr.secrets("TOKEN")).secretsInherit().build();
    assertThat(validate(call))
        .containsExactly(problem(line, "job 'deploy' passes secrets one by one and 'inherit'; choose one"));
  }

  @Test
  void withAndSecretsBelongToCallersOnly() {
    int line = line(); Job job = job("build").with("x", "y").build();
    assertThat(validate(job)).containsExactly(problem(line, "with: 'with' cannot be used together with 'runs-on'; fix:"
        + " a job either runs steps (Job.builder(...).runsOn(...).steps(...)) or calls a reusable workflow"
        + " (Job.calling(...) with .with(...) and .secret(...)); remove what the other kind has"));
  }

  @Test
  void aStepWithUsesAndRun() {
    int line = line(); Step step = Step.named("Checkout").uses(CHECKOUT).run("git log").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "run: 'run' cannot be used together with 'uses'; fix: " + ONE_KIND));
  }

  @Test
  void anEmptyStep() {
    int line = line(); Step step = Step.named("Setup").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "step 1 of job 'build': GitHub cannot tell what kind of step this is: it has"
            + " none of run, shell, uses, with, working-directory; fix: " + ONE_KIND));
  }

  @Test
  void aBlankScript() {
    int line = line(); Step step = Step.run(" \n\t\n").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "step '<blank script>' has a blank run script"));
  }

  @Test
  void aStepIsNamedByItsFirstNonBlankScriptLine() {
    int line = line(); Step step = Step.run("\n  pytest -q\n").timeoutMinutes(0).build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "timeout-minutes of step 'pytest -q' must be positive, not 0"));
  }

  @Test
  void shellAndWorkingDirectoryOnAnActionStep() {
    int line = line(); Step step = Step.uses(CHECKOUT).shell("bash").build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build())).containsExactly(
        problem(line, "shell: 'shell' cannot be used together with 'uses'; fix: " + ONE_KIND));
  }

  @Test
  void aTimeoutMustBePositive() {
    int line = line(); Job job = job("build").timeoutMinutes(0).build();
    assertThat(validate(job)).containsExactly(problem(line, "timeout-minutes must be positive, not 0"));
  }

  @Test
  void anEscapeHatchForAKeyTheJobModels() {
    int line = line(); Job job = job("build").escapeHatch("runs-on", Raw.yaml("windows-latest")).build();
    assertThat(validate(job))
        .containsExactly(problem(line, "escape hatch key 'runs-on' is modelled; use the typed method instead"));
  }

  @Test
  void anEscapeHatchForAKeyTheStepModels() {
    int line = line(); Step step = Step.run("make").escapeHatch("shell", Raw.yaml("pwsh")).build();
    assertThat(validate(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()))
        .containsExactly(problem(line, "escape hatch key 'shell' is modelled; use the typed method instead"));
  }

  @Test
  void anEscapeHatchForAKeyGitHubAddedIsFine() {
    Job job = job("build").escapeHatch("snapshot", Raw.yaml("{ image-name: base }")).build();
    assertThat(validate(job)).isEmpty();
  }
}
