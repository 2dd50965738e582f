package dev.gha4j.generate;

import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Problem;
import java.util.List;

/** An extra check the generator runs on every valid workflow before writing, e.g. policy rules. */
@FunctionalInterface
public interface WorkflowCheck {
  List<Problem> check(Workflow workflow);
}
