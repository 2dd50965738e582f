package dev.gha4j.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.api.Problem;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks gha4j-actions ships for steps that use an action by its ref instead of its binding. */
class ActionChecksTest {

  private static Workflow with(Step step) {
    return Workflow.builder("ci").on(Trigger.push())
        .jobs(Job.builder("build").runsOn("ubuntu-latest").steps(step).build()).build();
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void actionInputs_anUnknownWithKeyOnAnUntypedStep() {
    Step step = Step.uses("actions/setup-python@v5").with("pyton-version", "3.12").build();
    List<Problem> problems = new ActionInputsCheck().check(with(step));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo(step.location()));
    assertThat(messages(problems).get(0)).startsWith("with.pyton-version: actions/setup-python has no input"
        + " 'pyton-version'; fix: did you mean 'python-version'? (inputs: python-version, ");
  }

  @Test
  void actionInputs_knownInputsInAnyCaseAndUnknownActionsPass() {
    Step known = Step.uses(SetupPython.REF).with("Python-Version", "3.12").build();
    Step unknown = Step.uses("octo/tool@v1").with("anything", "x").build();
    Step typed = SetupPython.of().pythonVersion("3.12").toStep();
    assertThat(new ActionInputsCheck().check(with(known))).isEmpty();
    assertThat(new ActionInputsCheck().check(with(unknown))).isEmpty();
    assertThat(new ActionInputsCheck().check(with(typed))).isEmpty();
  }

  @Test
  void actionRuntime_aReleaseThatRunsOnNode12() {
    Step step = Step.uses("actions/checkout@v2").build();
    assertThat(messages(new ActionRuntimeCheck().check(with(step)))).containsExactly("uses: actions/checkout@v2 runs"
        + " on node12 or node16, which GitHub's runners no longer have, so the step fails; fix: use a current"
        + " release, or the typed binding");
    assertThat(new ActionRuntimeCheck().check(with(Checkout.of().toStep()))).isEmpty();
  }

  @Test
  void knownActionsListsEveryBindingsInputs() {
    assertThat(KnownActions.inputs("actions/checkout")).contains("persist-credentials", "fetch-depth");
    assertThat(KnownActions.inputs("octo/unknown")).isNull();
  }
}
