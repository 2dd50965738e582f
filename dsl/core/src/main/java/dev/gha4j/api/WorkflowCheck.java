package dev.gha4j.api;

import dev.gha4j.model.Workflow;
import java.util.List;

/**
 * An extra check the generator runs on every workflow after the structural validator, e.g. the
 * policy rules. Problems from {@link #check} stop generation; {@link #warnings} are printed as
 * {@code File.java:LINE: warning: ...} and files are still written.
 */
@FunctionalInterface
public interface WorkflowCheck {
  /**
   * Problems that stop generation.
   *
   * @param workflow a workflow the structural validator has already accepted
   * @return the problems found, empty when the workflow passes; no file is written if any
   */
  List<Problem> check(Workflow workflow);

  /**
   * Findings worth printing that do not stop generation; none by default.
   *
   * @param workflow a workflow the structural validator has already accepted
   * @return the warnings to print; files are written all the same
   */
  default List<Problem> warnings(Workflow workflow) {
    return List.of();
  }

  /**
   * Both at once; the generator calls this. Override it when the two come from one evaluation
   * (as the policy rules do), so that the work is done once per workflow.
   *
   * @param workflow a workflow the structural validator has already accepted
   * @return {@link #check} and {@link #warnings} of the workflow together
   */
  default Findings findings(Workflow workflow) {
    return new Findings(check(workflow), warnings(workflow));
  }

  /**
   * What a check found in one workflow.
   *
   * @param errors   problems that stop generation
   * @param warnings findings printed without stopping it
   */
  record Findings(List<Problem> errors, List<Problem> warnings) {
    /**
     * Copies both lists.
     *
     * @param errors   problems that stop generation
     * @param warnings findings printed without stopping it
     */
    public Findings {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }
}
