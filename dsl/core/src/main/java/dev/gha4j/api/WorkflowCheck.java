package dev.gha4j.api;

import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import java.util.List;

/**
 * An extra check the generator runs on every workflow after the structural validator, e.g. the
 * policy rules. Problems from {@link #check} stop generation; {@link #warnings} are printed as
 * {@code File.java:LINE: warning: ...} and files are still written.
 */
@FunctionalInterface
public interface WorkflowCheck {
  /** Problems that stop generation. */
  List<Problem> check(Workflow workflow);

  /** Findings worth printing that do not stop generation; none by default. */
  default List<Problem> warnings(Workflow workflow) {
    return List.of();
  }
}
