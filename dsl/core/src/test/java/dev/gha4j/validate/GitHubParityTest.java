package dev.gha4j.validate;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.api.Problem;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Raw;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workflows of issue #12 that gha4j wrote although GitHub's own parser rejects them, one test
 * each, named after the check that now refuses them; and the one it refused although GitHub
 * accepts it ({@code environment.url} reading a step output).
 */
class GitHubParityTest {

  /** The findings of {@code w}, each as {@code [check] File.java:LINE: message}. */
  static List<String> refusals(Workflow w) {
    return Validator.findings(w).stream().map(f -> "[" + f.check().id() + "] " + f.problem()).toList();
  }

  static String refused(Check check, Problem p) {
    return "[" + check.id() + "] " + p;
  }

  @Test
  void expressionNotAllowed_butAStringLiteralAloneIsThatTextToGitHub() {
    // make fuzz, seed 1796312461: GitHub's parser turns ${{ 'CI' }} into the text CI before it checks the
    // key, so a workflow's name or an input's default may be one; anything more is refused.
    Workflow literal = workflow().name("${{ 'CI' }}").jobs(job("build").build()).build();
    assertThat(refusals(literal)).isEmpty();
    int line = line(); Workflow reading = workflow().name("${{ github.ref }}").jobs(job("build").build()).build();
    assertThat(refusals(reading)).containsExactly(refused(Check.EXPRESSION_NOT_ALLOWED, problem(line,
        "name: expressions are not allowed here ('${{ github.ref }}'); fix: write the value itself")));
  }

  @Test
  void contextAvailability_envInAJobsEnv() {
    int line = line(); Job job = job("build").env("P", Expr.env("PATH")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "env.P reads 'env', which GitHub does not provide here (available: github, inputs, matrix, needs,"
            + " secrets, strategy, vars); fix: write the value itself, or read it from vars, inputs or github; env is"
            + " only readable inside a job's steps")));
  }

  @Test
  void contextAvailability_envInTheWorkflowsEnv() {
    int line = line(); Workflow w = workflow().env("P", Expr.env("PATH")).jobs(job("build").build()).build();
    assertThat(refusals(w)).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "env.P reads 'env', which GitHub does not provide here (available: github, inputs, secrets,"
            + " vars); fix: write the value itself, or read it from vars, inputs or github; env is only readable"
            + " inside a job's steps")));
  }

  @Test
  void contextAvailability_envInAJobsIf() {
    int line = line(); Job job = job("build").when(Expr.env("DEPLOY").eq("true")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "if reads 'env', which GitHub does not provide here (available: github, inputs, needs, vars);"
            + " fix: write the value itself, or read it from vars, inputs or github; env is only readable inside a"
            + " job's steps")));
  }

  @Test
  void contextAvailability_envInRunName() {
    int line = line(); Workflow w = workflow().runName("Deploy " + Expr.env("TARGET")).jobs(job("build").build()).build();
    assertThat(refusals(w)).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "run-name reads 'env', which GitHub does not provide here (available: github, inputs, vars);"
            + " fix: write the value itself, or read it from vars, inputs or github; env is only readable inside a"
            + " job's steps")));
  }

  @Test
  void contextAvailability_alwaysInAMatrixValue() {
    int line = line(); Job job = job("build").matrix(Matrix.axis("os", Expr.always())).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "strategy.matrix.os calls always(), which GitHub does not provide here (status functions are"
            + " available in if: only; fix: move the test into the job's or step's .when(...))")));
  }

  @Test
  void contextAvailability_hashFilesInAJobsIf() {
    int line = line(); Job job = job("build").when(Expr.hashFiles("**/pom.xml").ne("")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.CONTEXT_AVAILABILITY,
        problem(line, "if calls hashFiles(), which GitHub does not provide here (it is available in a step's keys"
            + " only; fix: compute the hash in a step and pass it on as an output)")));
  }

  @Test
  void nameExpression_anExpressionInAnEnvName() {
    int line = line(); Job job = job("build").env("X_" + Expr.github("sha"), "1").build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.NAME_EXPRESSION,
        problem(line, "env.X_${{ github.sha }}: a key that is an expression ('X_${{ github.sha }}'): gha4j refuses"
            + " names that are only known when the workflow runs; fix: write the name itself, and put the expression"
            + " in the value")));
  }

  @Test
  void duplicateKey_jobIdsThatDifferOnlyInCase() {
    Job build = job("build").build();
    int line = line(); Job upper = job("BUILD").build();
    assertThat(refusals(workflow().jobs(build, upper).build())).containsExactly(refused(Check.DUPLICATE_KEY,
        problem(line, "jobs: 'build' and 'BUILD' differ only in case, and GitHub reads keys without case, so they are"
            + " the same key; fix: rename one")));
  }

  @Test
  void duplicateKey_envNamesThatDifferOnlyInCase() {
    int line = line(); Job job = job("build").env("ON", "1").env("on", "2").build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.DUPLICATE_KEY,
        problem(line, "env: 'ON' and 'on' differ only in case, and GitHub reads keys without case, so they are the"
            + " same key; fix: rename one")));
  }

  @Test
  void duplicateKey_serviceNames() {
    int line = line(); Job job = job("build").service("db", Container.image("postgres:16"))
        .service("DB", Container.image("postgres:17")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.DUPLICATE_KEY,
        problem(line, "services: 'db' and 'DB' differ only in case, and GitHub reads keys without case, so they are"
            + " the same key; fix: rename one")));
  }

  @Test
  void duplicateKey_withKeys() {
    int line = line(); Step step = Step.uses("octo/tool@v1").with("path", "a").with("Path", "b").build();
    assertThat(refusals(workflow().jobs(job("build").steps(step).build()).build())).containsExactly(
        refused(Check.DUPLICATE_KEY, problem(line, "with: 'path' and 'Path' differ only in case, and GitHub reads"
            + " keys without case, so they are the same key; fix: rename one")));
  }

  @Test
  void duplicateKey_workflowCallInputNames() {
    int line = line(); Trigger call = Trigger.workflowCall().input(Input.string("tag"), Input.string("TAG"));
    assertThat(refusals(Workflow.builder("ci").on(call).jobs(job("build").build()).build())).containsExactly(
        refused(Check.DUPLICATE_KEY, problem(line, "on.workflow_call.inputs: 'tag' and 'TAG' differ only in case, and"
            + " GitHub reads keys without case, so they are the same key; fix: rename one")));
  }

  @Test
  void duplicateKey_matrixKeys() {
    int line = line(); Job job = job("build").matrix(Matrix.axis("os", "linux").and("OS", "mac")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.DUPLICATE_KEY,
        problem(line, "strategy.matrix: 'os' and 'OS' differ only in case, and GitHub reads keys without case, so"
            + " they are the same key; fix: rename one")));
  }

  @Test
  void value_anActivityTypePullRequestDoesNotHave() {
    int line = line(); Trigger pr = Trigger.pullRequest().types("created");
    assertThat(refusals(Workflow.builder("ci").on(pr).jobs(job("build").build()).build())).singleElement()
        .asString().startsWith(refused(Check.VALUE, problem(line, "on.pull_request.types[0]: 'created' is not allowed"
            + " here; fix: write one of: assigned, unassigned, labeled, unlabeled, opened, edited, closed, reopened,")));
  }

  @Test
  void value_anActivityTypeMergeGroupDoesNotHave() {
    int line = line(); Trigger queue = Trigger.mergeGroup().types("opened");
    assertThat(refusals(Workflow.builder("ci").on(queue).jobs(job("build").build()).build())).containsExactly(
        refused(Check.VALUE, problem(line, "on.merge_group.types[0]: 'opened' is not allowed here; fix: write one of:"
            + " checks_requested")));
  }

  @Test
  void inputs_aBooleanInputWithATextDefault() {
    int line = line(); Trigger dispatch = Trigger.workflowDispatch().input(Input.bool("b").defaultValue("foo"));
    assertThat(refusals(Workflow.builder("ci").on(dispatch).jobs(job("build").build()).build())).containsExactly(
        refused(Check.INPUTS, problem(line, "input 'b' is of type boolean, but its default is foo, which GitHub"
            + " refuses; fix: .defaultValue(true) or .defaultValue(false)")));
  }

  @Test
  void value_anEmptyRunsOn() {
    int line = line(); Job job = Job.builder("build").runsOn("").steps(Step.run("make")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.VALUE,
        problem(line, "runs-on: '' is not allowed here; fix: write a non-empty string or a list or a mapping")));
  }

  @Test
  void value_anEmptyContainerImage() {
    int line = line(); Job job = job("build").container(Container.image("")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.VALUE,
        problem(line, "container.image: '' is not allowed here; fix: write a non-empty string")));
  }

  @Test
  void nulCharacter_inAScript() {
    int line = line(); Step step = Step.run("printf 'a\u0000b'").build();
    assertThat(refusals(workflow().jobs(job("build").steps(step).build()).build())).containsExactly(
        refused(Check.NUL_CHARACTER, problem(line, "run: text contains a NUL character (U+0000), which the runner"
            + " cannot pass on: values reach scripts as C strings, which end at NUL; fix: remove it")));
  }

  @Test
  void unknownKey_anEscapeHatchKeyWrittenInCapitals() {
    int line = line(); Workflow w = workflow().escapeHatch("NAME", Raw.yaml("CI")).jobs(job("build").build()).build();
    assertThat(refusals(w)).containsExactly(refused(Check.UNKNOWN_KEY, problem(line, "NAME: GitHub does not know the"
        + " key 'NAME' here; fix: did you mean 'name'? (keys are case-sensitive; known: concurrency, defaults,"
        + " description, env, jobs, name, on, permissions, run-name)")));
  }

  @Test
  void unknownKey_anEscapeHatchKeyAStepDoesNotHave() {
    int line = line(); Step step = Step.run("make").escapeHatch("retry", Raw.yaml("3")).build();
    assertThat(refusals(workflow().jobs(job("build").steps(step).build()).build())).containsExactly(
        refused(Check.UNKNOWN_KEY, problem(line, "retry: GitHub does not know the key 'retry' here; fix: use one of"
            + " the keys GitHub knows, or remove it (keys are case-sensitive; known: continue-on-error, env, id, if,"
            + " name, parallel, run, shell, timeout-minutes, uses, with, working-directory)")));
  }

  @Test
  void requiredKey_aMalformedSnapshotInAnEscapeHatch() {
    int line = line(); Job job = job("build").escapeHatch("snapshot", Raw.yaml("{version: '2'}")).build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.REQUIRED_KEY,
        problem(line, "snapshot: the required key 'image-name' is missing; fix: add image-name")));
  }

  @Test
  void escapeHatchYaml_aMergeKey() {
    int line = line(); Job job = job("build").escapeHatch("snapshot", Raw.yaml("{<<: {version: '2'}, image-name: x}"))
        .build();
    assertThat(refusals(workflow().jobs(job).build())).containsExactly(refused(Check.ESCAPE_HATCH_YAML,
        problem(line, "snapshot.<<: a YAML merge key ('<<'), which GitHub does not read as a merge; fix: write the"
            + " keys themselves")));
  }

  @Test
  void environmentUrlMayReadAStepOutput() {
    Step deploy = Step.uses("actions/deploy-pages@v4").id("deployment").build();
    Job pages = job("deploy").steps(deploy)
        .environment(new Environment("github-pages", deploy.output("page_url").embed())).build();
    assertThat(refusals(workflow().jobs(pages).build())).isEmpty();
  }

  @Test
  void stepsScope_readsAStepIdWhateverItsCase() {
    // make fuzz, seed 1796312961: GitHub reads context properties without case, so steps.deployment
    // is the step with id DEPLOYMENT, for GitHub's parser and actionlint alike.
    Step deploy = Step.uses("actions/deploy-pages@v4").id("DEPLOYMENT").build();
    Job pages = job("deploy").steps(deploy)
        .environment(new Environment("github-pages", "${{ steps.deployment.outputs.page_url }}")).build();
    assertThat(refusals(workflow().jobs(pages).build())).isEmpty();
  }
}
