package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Triggers: event names, filters that belong to other events, cron, and dispatch/call inputs. */
@Isolated // sets the default Locale, which every other test would see
class TriggerValidationTest {

  private static List<Problem> validate(Trigger... triggers) {
    return Validator.validate(Workflow.builder("ci").on(triggers).jobs(job("build").build()).build());
  }

  @Test
  void anUnknownEventName() {
    int line = line(); Trigger t = Trigger.event("pushh");
    assertThat(validate(t)).containsExactly(problem(line, "on.pushh: GitHub does not know the key 'pushh' here; fix:"
        + " did you mean 'push'? (keys are case-sensitive; known: branch_protection_rule, check_run, check_suite,"
        + " create, delete, deployment, deployment_status, discussion, discussion_comment, fork, gollum,"
        + " image_version, ...)"));
  }

  @Test
  void theSameTriggerTwice() {
    Trigger first = Trigger.push().branches("main");
    int line = line(); Trigger second = Trigger.push().tags("v*");
    assertThat(validate(first, second))
        .containsExactly(problem(line, "trigger 'push' appears twice; combine its filters into one"));
  }

  @Test
  void pushHasNoActivityTypes() {
    int line = line(); Trigger t = Trigger.push().types("opened");
    assertThat(validate(t)).containsExactly(problem(line, "on.push.types: GitHub does not know the key 'types' here;"
        + " fix: use one of the keys GitHub knows, or remove it (keys are case-sensitive; known: branches, branches-ignore, paths, paths-ignore,"
        + " tags, tags-ignore)"));
  }

  @Test
  void pullRequestHasNoTagFilters() {
    int line = line(); Trigger t = Trigger.pullRequest().tags("v*");
    assertThat(validate(t)).containsExactly(problem(line, "on.pull_request.tags: GitHub does not know the key 'tags'"
        + " here; fix: use one of the keys GitHub knows, or remove it (keys are case-sensitive; known: branches, branches-ignore, paths,"
        + " paths-ignore, types)"));
  }

  @Test
  void branchesAndBranchesIgnoreTogether() {
    int line = line(); Trigger t = Trigger.push().branches("main").branchesIgnore("wip/**");
    assertThat(validate(t)).containsExactly(
        problem(line, "push cannot have both branches and branches-ignore; use '!' patterns in branches"));
  }

  @Test
  void pathsAndPathsIgnoreTogether() {
    int line = line(); Trigger t = Trigger.pullRequest().paths("src/**").pathsIgnore("docs/**");
    assertThat(validate(t)).containsExactly(
        problem(line, "pull_request cannot have both paths and paths-ignore; use '!' patterns in paths"));
  }

  @Test
  void aCronWithTheWrongNumberOfFields() {
    int line = line(); Trigger t = Trigger.schedule("0 0 * *");
    assertThat(validate(t)).containsExactly(problem(line,
        "cron '0 0 * *' has 4 fields; GitHub needs 5: minute hour day-of-month month day-of-week"));
  }

  @Test
  void aCronThatIsOneWordOrBlank() {
    int line = line(); Trigger t = Trigger.schedule("hourly", " ");
    assertThat(validate(t)).containsExactly(
        problem(line, "cron ' ' has 0 fields; GitHub needs 5: minute hour day-of-month month day-of-week"),
        problem(line, "cron 'hourly' has 1 field; GitHub needs 5: minute hour day-of-month month day-of-week"));
  }

  @Test
  void aCronFieldOutOfRange() {
    int line = line(); Trigger t = Trigger.schedule("60 * * * *", "0 0 32 * *", "0 0 * 13 *", "0 0 * * 7");
    assertThat(validate(t)).containsExactly(
        problem(line, "cron '0 0 * * 7': day of week '7' is outside 0-6"),
        problem(line, "cron '0 0 * 13 *': month '13' is outside 1-12"),
        problem(line, "cron '0 0 32 * *': day of month '32' is outside 1-31"),
        problem(line, "cron '60 * * * *': minute '60' is outside 0-59"));
  }

  @Test
  void aCronRangeThatRunsBackwards() {
    int line = line(); Trigger t = Trigger.schedule("0 22-6 * * *");
    assertThat(validate(t)).containsExactly(problem(line, "cron '0 22-6 * * *': hour range '22-6' runs backwards"));
  }

  @Test
  void aCronStepThatIsNotAPositiveNumber() {
    int line = line(); Trigger t = Trigger.schedule("*/0 * * * *", "0 */x * * *");
    assertThat(validate(t)).containsExactly(
        problem(line, "cron '*/0 * * * *': minute step '*/0' must be a positive number"),
        problem(line, "cron '0 */x * * *': hour step '*/x' must be a positive number"));
  }

  @Test
  void aCronWithDigitsOfAnotherScript() {
    // Arabic-Indic three: Character.isDigit says yes, GitHub's scheduler says no.
    int line = line(); Trigger t = Trigger.schedule("\u0663 * * * *");
    assertThat(validate(t)).containsExactly(problem(line, "cron '\u0663 * * * *': minute '\u0663' is outside 0-59"));
  }

  @Test
  void aScheduleWithoutCron() {
    int line = line(); Trigger t = Trigger.schedule();
    assertThat(validate(t)).containsExactly(problem(line, "schedule needs at least one cron expression"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0 0 * * *", "*/15 * * * *", "30 5 * * 1-5", "0 0 1,15 * *", "0 9-17/2 * * MON-FRI", "0 0 1 JAN,jul sun",
      "59 23 31 12 6", "  0 0 * * *  ", "0\t0 * * *"})
  void validCronsPass(String cron) {
    assertThat(validate(Trigger.schedule(cron))).isEmpty();
  }

  @Test
  void cronNamesDoNotDependOnTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "fri".toUpperCase() is "FRİ" there
      assertThat(validate(Trigger.schedule("0 0 * * mon-fri"))).isEmpty();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aChoiceInputWithoutOptions() {
    int line = line(); Trigger t = Trigger.workflowDispatch().input(Input.choice("level"));
    assertThat(validate(t)).containsExactly(problem(line, "choice input 'level' needs options"));
  }

  @Test
  void aChoiceInputWhoseDefaultIsNotAnOption() {
    int line = line(); Trigger t = Trigger.workflowDispatch().input(Input.choice("level", "info", "debug").defaultValue("trace"));
    assertThat(validate(t)).containsExactly(
        problem(line, "choice input 'level' defaults to 'trace', which is not one of its options"));
  }

  @Test
  void aWorkflowCallInputOfTypeChoice() {
    int line = line(); Trigger t = Trigger.workflowCall().input(Input.choice("level", "info"), Input.environment("target"));
    assertThat(validate(t)).containsExactly(
        problem(line, "on.workflow_call.inputs.level.options: GitHub does not know the key 'options' here; fix: use"
            + " one of the keys GitHub knows, or remove it (keys are case-sensitive; known: default, description,"
            + " required, type)"),
        problem(line, "on.workflow_call.inputs.level.type: 'choice' is not allowed here; fix: write one of: string,"
            + " boolean, number"),
        problem(line, "on.workflow_call.inputs.target.type: 'environment' is not allowed here; fix: write one of:"
            + " string, boolean, number"));
  }

  @Test
  void anInputDeclaredTwiceOrWithAnInvalidName() {
    int line = line(); Trigger t = Trigger.workflowDispatch().input(Input.string("tag"), Input.bool("tag"), Input.string("a b"));
    assertThat(validate(t)).containsExactly(
        problem(line, "input 'tag' is declared twice"),
        problem(line, "input name 'a b' must start with a letter or '_' and contain only letters, digits, '-' and '_'"));
  }

  @Test
  void aWorkflowWithoutTriggersOrJobs() {
    int line = line(); Workflow w = Workflow.builder("ci").build();
    assertThat(Validator.validate(w)).containsExactly(
        problem(line, "workflow 'ci' has no jobs; add .jobs(...)"),
        problem(line, "workflow 'ci' has no trigger; add .on(Trigger.push()...)"));
  }

  @Test
  void anInvalidWorkflowFileName() {
    int line = line(); Workflow w = Workflow.builder("ci/main").on(Trigger.push()).jobs(job("build").build()).build();
    assertThat(Validator.validate(w)).containsExactly(problem(line, "workflow file 'ci/main' must be a plain name"
        + " like 'ci' or 'release.yaml' (letters, digits, '-', '_', '.'; .yml is added when no extension is given)"));
    assertThat(Validator.validate(Workflow.builder(".yaml").on(Trigger.push()).jobs(job("build").build()).build()))
        .hasSize(1);
  }

  @Test
  void aFileNameKeepsTheExtensionItIsGiven() {
    Workflow.Builder valid = Workflow.builder("x").on(Trigger.push()).jobs(job("build").build());
    assertThat(valid.build().fileName()).isEqualTo("x.yml");
    for (String file : new String[] {"release.yaml", "ci.yml", "v1.2-build"}) {
      Workflow w = Workflow.builder(file).on(Trigger.push()).jobs(job("build").build()).build();
      assertThat(Validator.validate(w)).as(file).isEmpty();
      assertThat(w.fileName()).isEqualTo(file.contains(".y") ? file : file + ".yml");
    }
  }
}
