package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every structural mistake in a workflow at once: ids, {@code needs} (dangling, cyclic),
 * steps, triggers, cron, expressions and the scope of outputs and matrix values, and text YAML
 * cannot carry. Each problem names the pipeline line that made the element at fault.
 */
public final class Validator {
  private Validator() {}

  /** All problems, sorted by file and line; empty when the workflow can be written. */
  public static List<Problem> validate(Workflow workflow) {
    List<Problem> problems = new ArrayList<>();
    new WorkflowChecks(workflow, problems).run();
    NeedsGraph graph = new NeedsGraph(workflow, problems);
    graph.check();
    for (Job job : workflow.jobs()) new JobChecks(graph.jobs(), job, problems).run();
    for (WorkflowYaml.TextProblem t : WorkflowYaml.textProblems(workflow)) {
      problems.add(new Problem(t.location(), t.key() + ": " + t.problem()));
    }
    List<Problem> unique = new ArrayList<>(problems.stream().distinct().toList());
    unique.sort(Problem.ORDER);
    return unique;
  }

  /** Throws {@link ValidationException} listing every problem, if there is any. */
  public static void check(Workflow workflow) {
    List<Problem> problems = validate(workflow);
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }
}
