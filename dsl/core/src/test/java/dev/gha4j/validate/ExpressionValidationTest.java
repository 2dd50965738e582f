package dev.gha4j.validate;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import org.junit.jupiter.api.Test;

/** Expressions: syntax, and whether what they read is in scope where they are used. */
class ExpressionValidationTest {

  @Test
  void everythingInScopeIsFine() {
    Step meta = Step.run("echo tag=v1 >> \"$GITHUB_OUTPUT\"").id("meta").build();
    Job build = job("build").output("tag", meta.output("tag"))
        .matrix(Matrix.axis("os", "linux").include(Combination.of("os", "linux").and("arch", "arm64")))
        .steps(meta, Step.run("echo " + meta.output("tag") + " " + Expr.matrix("os") + " " + Expr.matrix("arch")))
        .build();
    Job deploy = job("deploy").needs(build).when(build.result().eq("success"))
        .env("TAG", build.output("tag")).build();
    Workflow w = workflow().env("REF", Expr.github("ref")).jobs(build, deploy).build();
    assertThat(Validator.validate(w)).isEmpty();
  }

  @Test
  void aJobOutputReadWithoutNeedingTheJob() {
    Job build = job("build").output("image", "registry/app").build();
    int line = line(); Job deploy = job("deploy").env("IMAGE", build.output("image")).build();
    assertThat(Validator.validate(workflow().jobs(build, deploy).build())).containsExactly(problem(line,
        "job 'deploy' reads needs.build in env.IMAGE but does not need 'build'; add .needs(build) to the job"));
  }

  @Test
  void anOutputTheNeededJobDoesNotDeclare() {
    Job build = job("build").output("image", "registry/app").build();
    Job plain = job("plain").build();
    int line = line(); Job deploy = job("deploy").needs(build, plain).env("TAG", build.output("tag")).env("X", plain.output("x")).build();
    assertThat(Validator.validate(workflow().jobs(build, plain, deploy).build())).containsExactly(
        problem(line, "job 'deploy' reads output 'tag' of job 'build', which declares only [image]"),
        problem(line, "job 'deploy' reads output 'x' of job 'plain', which declares no outputs"));
  }

  @Test
  void outputsOfAReusableWorkflowCallComeFromTheCalledWorkflow() {
    // The caller job declares no outputs itself; on.workflow_call.outputs of the called file does.
    Job build = Job.calling("build", "./.github/workflows/build.yml").build();
    Job deploy = job("deploy").needs(build).env("IMAGE", build.output("image")).build();
    assertThat(Validator.validate(workflow().jobs(build, deploy).build())).isEmpty();
  }

  @Test
  void aStepOutputReadBeforeItsStep() {
    Step later = Step.run("echo x=1 >> \"$GITHUB_OUTPUT\"").id("later").build();
    int line = line(); Step early = Step.run("echo " + later.output("x")).build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(early, later).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "run reads steps.later, but no earlier step of job 'build' has id 'later'"));
  }

  @Test
  void aStepOutputReadInAnotherJob() {
    Step meta = Step.run("echo tag=v1 >> \"$GITHUB_OUTPUT\"").id("meta").build();
    Job build = Job.builder("build").runsOn("ubuntu-latest").steps(meta).build();
    int line = line(); Step use = Step.run("echo tag").env("TAG", meta.output("tag")).build();
    Job deploy = Job.builder("deploy").runsOn("ubuntu-latest").needs(build).steps(use).build();
    assertThat(Validator.validate(workflow().jobs(build, deploy).build())).containsExactly(problem(line,
        "env.TAG reads steps.meta, but no earlier step of job 'deploy' has id 'meta'"));
  }

  @Test
  void theStepsContextOutsideStepsAndJobOutputs() {
    Step meta = Step.run("echo").id("meta").build();
    int line = line(); Job job = Job.builder("build").runsOn("ubuntu-latest").env("TAG", meta.output("tag")).steps(meta).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "env.TAG reads 'steps', which GitHub does not provide here (available: github, inputs, matrix, needs, secrets,"
            + " strategy, vars); fix: read step outputs in a later step or in the job's outputs"));
  }

  @Test
  void jobScopedContextsAtWorkflowLevel() {
    int line = line(); Workflow w = workflow().env("OS", Expr.matrix("os")).env("S", Expr.step("a", "outcome")).jobs(job("build").build()).build();
    assertThat(Validator.validate(w)).containsExactly(
        problem(line, "env.OS reads 'matrix', which GitHub does not provide here (available: github, inputs, secrets,"
            + " vars); fix: read matrix only inside the job that has it"),
        problem(line, "env.S reads 'steps', which GitHub does not provide here (available: github, inputs, secrets,"
            + " vars); fix: read step outputs in a later step or in the job's outputs"));
  }

  @Test
  void aMatrixValueTheMatrixDoesNotDefine() {
    int line = line(); Job job = job("build").matrix(Matrix.axis("os", "linux")).env("NODE", Expr.matrix("node")).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "env.NODE reads matrix.node, but the matrix of job 'build' defines only [os]"));
  }

  @Test
  void aMatrixValueInAJobWithoutMatrix() {
    int line = line(); Step step = Step.run("echo " + Expr.matrix("os")).build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "run reads matrix.os, but job 'build' has no strategy.matrix"));
  }

  @Test
  void aMatrixFromAnExpressionMayHaveAnyKey() {
    Job plan = job("plan").output("matrix", "[]").build();
    Job job = job("build").needs(plan).matrix(Matrix.fromExpression(Expr.fromJson(plan.output("matrix"))))
        .env("X", Expr.matrix("anything")).build();
    assertThat(Validator.validate(workflow().jobs(plan, job).build())).isEmpty();
  }

  @Test
  void invalidExpressionSyntaxInAScriptAndInACondition() {
    int runLine = line(); Step run = Step.run("echo ${{ github.sha == }}").build();
    int ifLine = line(); Step when = Step.run("make").when("github.ref = 'main'").build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(run, when).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(
        problem(runLine, "run: invalid expression 'github.sha ==' at column 12: expression ends too early after '=='"),
        problem(ifLine, "if: invalid expression 'github.ref = 'main'' at column 12: unexpected '='"));
  }

  @Test
  void anUnclosedExpressionInAWithValue() {
    int line = line(); Step step = Step.uses("octo/action@v1").with("tag", "v${{ github.sha").build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "with.tag: invalid expression ' github.sha' at column 12: '${{' is never closed by '}}'"));
  }

  @Test
  void anUnknownContextOrFunction() {
    int line = line(); Job job = job("build").when("sucess() && secret.X").build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "if: invalid expression 'sucess() && secret.X' at column 1: unknown function 'sucess'"));
  }

  @Test
  void aPropertyNameOutsideAsciiIsASyntaxErrorNotACrash() {
    int line = line(); Step step = Step.run("echo ${{ github.événement }}").build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "run: invalid expression 'github.événement' at column 8: unexpected 'événement'"));
  }

  @Test
  void workflowCallOutputsMayReadJobs() {
    Job build = job("build").output("image", "x").build();
    Trigger call = Trigger.workflowCall().output("image", "The image", "${{ jobs.build.outputs.image }}");
    assertThat(Validator.validate(Workflow.builder("ci").on(call).jobs(build).build())).isEmpty();
  }
}
