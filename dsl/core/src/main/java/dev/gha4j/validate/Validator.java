package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every structural mistake in a workflow at once: ids, {@code needs} (dangling, cyclic),
 * steps, triggers, cron, expressions and the scope of outputs and matrix values, and text YAML
 * cannot carry. Each problem names the pipeline line that made the element at fault.
 */
public final class Validator {
  private Validator() {}

  /**
   * Runs every structural check on the workflow, as generation does before the policy rules.
   *
   * @param workflow the workflow as built
   * @return every problem once, sorted by file and line; empty when the workflow can be written
   */
  public static List<Problem> validate(Workflow workflow) {
    return validate(WorkflowYaml.document(workflow));
  }

  /**
   * Runs every structural check on a workflow's document, which the writer can then render
   * without building its tree again ({@link WorkflowYaml#render(WorkflowYaml.Document, List)}).
   *
   * @param document the workflow's document, from {@link WorkflowYaml#document}
   * @return every problem once, sorted by file and line; empty when the workflow can be written
   */
  public static List<Problem> validate(WorkflowYaml.Document document) {
    List<Problem> unique = new ArrayList<>(findings(document).stream().map(Findings.Finding::problem).distinct().toList());
    unique.sort(Problem.ORDER);
    return unique;
  }

  /** Every problem with the check that found it, in the order the checks ran. */
  static List<Findings.Finding> findings(Workflow workflow) {
    return findings(WorkflowYaml.document(workflow));
  }

  private static List<Findings.Finding> findings(WorkflowYaml.Document document) {
    Workflow workflow = document.workflow();
    Findings found = new Findings();
    ParsedExpressions parsed = new ParsedExpressions();
    NeedsGraph graph = new NeedsGraph(workflow, found);
    new SchemaCheck(new Elements(workflow, graph.jobs()), document, parsed, found).run();
    new WorkflowChecks(workflow, found).run();
    graph.check();
    Map<String, ExprType> types = ContextTypes.of(workflow);
    ExpressionChecks.workflow(workflow, parsed, types, found);
    for (Job job : workflow.jobs()) new JobChecks(graph.jobs(), job, parsed, types, found).run();
    for (WorkflowYaml.TextProblem t : document.textProblems()) {
      Check check = t.key().equals("escape hatch") ? Check.ESCAPE_HATCH_YAML : Check.UNWRITABLE_TEXT;
      found.add(check, t.location(), t.key() + ": " + t.problem());
    }
    return found.all();
  }

  /**
   * Validates the workflow and refuses it if it has any problem, for code that needs a valid one.
   *
   * @param workflow the workflow as built
   * @throws ValidationException listing every problem of {@link #validate}, if there is any
   */
  public static void check(Workflow workflow) {
    List<Problem> problems = validate(workflow);
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }
}
