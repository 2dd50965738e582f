package dev.gha4j.validate;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.api.Problem;
import dev.gha4j.model.Access;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Raw;
import dev.gha4j.model.RuleRef;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text YAML cannot carry, reserved text, permissions, workflow escape hatches, and many problems at once. */
class TextValidationTest {

  private static final String LONE = "ab\uD800cd";
  private static final String LONE_PROBLEM =
      "text contains a lone surrogate U+D800 at index 2, which YAML cannot represent; build the string from whole code points";

  @Test
  void aLoneSurrogateInAScript() {
    int line = line(); Step step = Step.run(LONE).build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line, "run: " + LONE_PROBLEM));
  }

  @Test
  void aLoneSurrogateIsReportedWithThePathOfItsValueOrKey() {
    int line = line(); Job job = job("build").env("A", LONE).env(LONE, "x").output("o", LONE).service("db", Container.image(LONE)).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(
        problem(line, "env.A: " + LONE_PROBLEM),
        problem(line, "env: " + LONE_PROBLEM),
        problem(line, "image: " + LONE_PROBLEM),
        problem(line, "outputs.o: " + LONE_PROBLEM));
  }

  @Test
  void aLoneSurrogateInNamesTheValidatorDoesNotMatchByPattern() {
    int line = line(); Job job = job("build").service(LONE, Container.image("postgres")).matrix(Matrix.axis(LONE, "x")).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(
        problem(line, "services: " + LONE_PROBLEM),
        problem(line, "strategy.matrix: " + LONE_PROBLEM));
  }

  @Test
  void aLoneSurrogateInAWorkflowValueIsReportedAtTheWorkflowNotAtATrigger() {
    int line = line(); Workflow w = workflow().env("A", LONE).jobs(job("build").build()).build();
    assertThat(Validator.validate(w)).containsExactly(problem(line, "env.A: " + LONE_PROBLEM));
  }

  @Test
  void aLoneSurrogateInAnAllowanceReason() {
    RuleRef rule = () -> "GHA001";
    int line = line(); Step step = Step.run("make").allow(rule, "because" + LONE).build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "reason of allow(GHA001): text contains a lone surrogate U+D800 at index 9, which YAML cannot represent;"
            + " build the string from whole code points"));
  }

  @Test
  void aLoneSurrogateIsNeverWrittenEvenWithoutValidation() {
    Workflow w = workflow().jobs(job("build").env("A", LONE).build()).build();
    assertThatThrownBy(() -> dev.gha4j.emit.WorkflowYaml.render(w, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("env.A: " + LONE_PROBLEM);
  }

  @Test
  void textReservedForGha4jsPlaceholders() {
    int line = line(); Step step = Step.run("echo __gha4j_comment_0").build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").steps(step).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "run: text contains '__gha4j_', which gha4j reserves for its own placeholders; rephrase it"));
  }

  @Test
  void reservedTextInsideAnEscapeHatch() {
    int line = line(); Job job = job("build").escapeHatch("snapshot", Raw.yaml("__gha4j_uses_0")).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).containsExactly(problem(line,
        "escape hatch 'snapshot': text contains '__gha4j_', which gha4j reserves for its own placeholders; rephrase it"));
  }

  @Test
  void anEscapeHatchThatIsNotYaml() {
    int line = line(); Job job = job("build").escapeHatch("snapshot", Raw.yaml("[unclosed")).build();
    assertThat(Validator.validate(workflow().jobs(job).build())).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(problem(line, "").location());
      assertThat(p.message()).startsWith("escape hatch: escape hatch value is not valid YAML: ");
    });
  }

  @Test
  void idTokenCannotBeRead() {
    Permissions p = Permissions.contents(Access.READ).and(Scope.ID_TOKEN, Access.READ);
    int line = line(); Workflow w = workflow().permissions(p).jobs(job("build").build()).build();
    assertThat(Validator.validate(w)).containsExactly(
        problem(line, "permissions.id-token: 'read' is not allowed here; fix: write one of: write, none"));
  }

  @Test
  void modelsCannotBeWritten() {
    int line = line(); Job job = job("build").permissions(Permissions.of(Scope.MODELS, Access.WRITE)).build();
    assertThat(Validator.validate(workflow().jobs(job).build()))
        .containsExactly(problem(line, "permissions.models: 'write' is not allowed here; fix: write one of: read, none"));
  }

  @Test
  void aWorkflowEscapeHatchForAModelledKey() {
    int line = line(); Workflow w = workflow().escapeHatch("permissions", Raw.yaml("read-all")).jobs(job("build").build()).build();
    assertThat(Validator.validate(w))
        .containsExactly(problem(line, "escape hatch key 'permissions' is modelled; use the typed method instead"));
  }

  @Test
  void everyProblemIsReportedAtOnceSortedByLine() {
    int stepLine = line(); Step badStep = Step.named("Empty").run("make").timeoutMinutes(0).build();
    int jobLine = line(); Job badJob = Job.builder("bad id").steps(badStep).build();
    int cronLine = line(); Trigger badCron = Trigger.schedule("* * *");
    int workflowLine = line(); Workflow w = Workflow.builder("ci").on(badCron, Trigger.event("nope")).jobs(badJob).build();
    int eventLine = workflowLine; // Trigger.event was called on the workflow's line
    List<Problem> expected = List.of(
        problem(stepLine, "timeout-minutes of step 'Empty' must be positive, not 0"),
        problem(jobLine, "job 'bad id': the required key 'runs-on' is missing; fix: add .runsOn(\"ubuntu-latest\")"),
        problem(jobLine, "job id 'bad id' must start with a letter or '_' and contain only letters, digits, '-' and '_'"),
        problem(cronLine, "cron '* * *' has 3 fields; GitHub needs 5: minute hour day-of-month month day-of-week"),
        problem(eventLine, "on.nope: GitHub does not know the key 'nope' here; fix: use one of the keys GitHub knows,"
            + " or remove it (keys are case-sensitive; known: branch_protection_rule, check_run, check_suite, create, delete, deployment,"
            + " deployment_status, discussion, discussion_comment, fork, gollum, image_version, ...)"));
    assertThat(Validator.validate(w)).containsExactlyElementsOf(expected);
    assertThatThrownBy(() -> Validator.check(w)).isInstanceOf(ValidationException.class)
        .hasMessage(String.join("\n", expected.stream().map(Problem::toString).toList()));
  }
}
