package dev.gha4j.policy;

import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.Map;

/**
 * A workflow as the whole-workflow rules see it in one {@link Policies} evaluation: the workflow
 * and the scripts the pass over steps already parsed, so no rule parses a script again.
 *
 * @param workflow the workflow
 * @param scripts  the parsed {@code run} script of each step that has one, by identity
 * @param taint    which values of the workflow carry untrusted text
 */
record WorkflowView(Workflow workflow, Map<Step, ShellScript> scripts, Taint taint) {

  /** The parsed script of a {@code run} step of this workflow, whatever its shell; null for other steps. */
  ShellScript script(Step step) {
    return scripts.get(step);
  }
}
