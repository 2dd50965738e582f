package dev.gha4j.generate;

import dev.gha4j.api.Problem;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One workflow, validated, checked and written: its problems, its warnings, and its text when
 * there are no problems. The checks read only the model, the validator and the writer only the
 * YAML tree, so the checks run on a second thread beside the other two (about a quarter of the
 * work at 10,000 jobs); the text is written before the checks' verdict and dropped if they refuse.
 */
record WorkflowOutcome(List<Problem> problems, List<Problem> warnings, String text) {

  static WorkflowOutcome of(Workflow w, List<WorkflowCheck> checks, List<String> header) {
    ClassLoader pipelines = Thread.currentThread().getContextClassLoader();
    CompletableFuture<Checked> checked = CompletableFuture.supplyAsync(() -> Checked.run(checks, w, pipelines));
    WorkflowYaml.Document document = WorkflowYaml.document(w); // one tree, validated then written
    List<Problem> problems = new ArrayList<>(Validator.validate(document));
    String text = problems.isEmpty() ? WorkflowYaml.render(document, header) : null;
    Checked c = join(checked);
    problems.addAll(c.errors());
    return new WorkflowOutcome(problems, c.warnings(), problems.isEmpty() ? text : null);
  }

  private static Checked join(CompletableFuture<Checked> checked) {
    try {
      return checked.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) throw error;
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw e;
    }
  }

  /** What the checks found; a check that throws is reported as a problem, never a stack trace. */
  private record Checked(List<Problem> errors, List<Problem> warnings) {
    static Checked run(List<WorkflowCheck> checks, Workflow w, ClassLoader pipelines) {
      Thread.currentThread().setContextClassLoader(pipelines); // as on the caller's thread
      List<Problem> errors = new ArrayList<>();
      List<Problem> warnings = new ArrayList<>();
      for (WorkflowCheck check : checks) {
        try {
          WorkflowCheck.Findings findings = check.findings(w);
          errors.addAll(findings.errors());
          warnings.addAll(findings.warnings());
        } catch (RuntimeException e) {
          errors.add(new Problem(w.location(), "check " + check.getClass().getName() + " failed: " + e));
        }
      }
      return new Checked(errors, warnings);
    }
  }
}
