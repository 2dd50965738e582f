package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses every expression and checks that what it reads is in scope: {@code needs.<job>} only
 * for jobs this job needs (and outputs they declare), {@code steps.<id>} only for earlier steps
 * of the same job (or in the job's outputs), {@code matrix.<key>} only for keys the matrix has.
 */
final class ExpressionChecks {
  private ExpressionChecks() {}

  private record Scope(Map<String, Job> jobs, Job job, Set<String> earlierSteps, boolean stepsAllowed) {}

  static void workflowLevel(Workflow w, List<Problem> problems) {
    for (Texts.Text t : Texts.of(w)) {
      for (Expr e : parse(t, w.location(), problems)) {
        for (ContextPath read : ContextPath.readBy(e)) {
          String root = read.root();
          boolean jobScoped = Set.of("needs", "steps", "matrix", "job", "strategy", "runner").contains(root);
          boolean jobsOutsideCall = root.equals("jobs") && !t.key().startsWith("on.workflow_call");
          if (jobScoped || jobsOutsideCall) {
            problems.add(new Problem(w.location(), t.key() + " reads '" + root
                + "', which is not available at workflow level"));
          }
        }
      }
    }
  }

  /** {@code jobs}: the workflow's jobs by id, built once per workflow (a lookup per job would be quadratic). */
  static void job(Map<String, Job> jobs, Job job, List<Problem> problems) {
    Set<String> allSteps = new HashSet<>();
    for (Step s : job.steps()) if (s.id() != null) allSteps.add(s.id());
    for (Texts.Text t : Texts.of(job)) {
      boolean output = t.key().startsWith("outputs.");
      Scope scope = new Scope(jobs, job, output ? allSteps : Set.of(), output);
      check(t, job.location(), scope, problems);
    }
    Set<String> earlier = new HashSet<>();
    for (Step step : job.steps()) {
      Scope scope = new Scope(jobs, job, Set.copyOf(earlier), true);
      for (Texts.Text t : Texts.of(step)) check(t, step.location(), scope, problems);
      if (step.id() != null) earlier.add(step.id());
    }
  }

  private static void check(Texts.Text t, SourceLocation where, Scope scope, List<Problem> problems) {
    for (Expr e : parse(t, where, problems)) {
      for (ContextPath read : ContextPath.readBy(e)) {
        String problem = reference(read.named(), t.key(), scope);
        if (problem != null) problems.add(new Problem(where, problem));
      }
    }
  }

  private static String reference(List<String> path, String key, Scope s) {
    String jobId = s.job.id();
    switch (path.get(0)) {
      case "needs": {
        if (path.size() < 2) return null;
        String need = path.get(1);
        if (!s.job.needs().contains(need)) {
          return "job '" + jobId + "' reads needs." + need + " in " + key + " but does not need '" + need
              + "'; add .needs(" + camel(need) + ") to the job";
        }
        Job target = s.jobs.get(need);
        // A job that calls a reusable workflow gets its outputs from that workflow's
        // on.workflow_call.outputs, which gha4j cannot see; only runner jobs declare them here.
        if (target != null && !target.isCaller() && path.size() >= 4 && path.get(2).equals("outputs")
            && !target.outputs().containsKey(path.get(3))) {
          return "job '" + jobId + "' reads output '" + path.get(3) + "' of job '" + need
              + "', which declares " + (target.outputs().isEmpty() ? "no outputs" : "only " + target.outputs().keySet());
        }
        return null;
      }
      case "steps": {
        if (!s.stepsAllowed) {
          return key + " of job '" + jobId + "' reads steps." + (path.size() > 1 ? path.get(1) : "")
              + ", but step outputs are only available in steps and job outputs";
        }
        if (path.size() >= 2 && !s.earlierSteps.contains(path.get(1))) {
          return key + " reads steps." + path.get(1) + ", but no earlier step of job '" + jobId
              + "' has id '" + path.get(1) + "'";
        }
        return null;
      }
      case "matrix": {
        if (path.size() < 2) return null;
        // A strategy or include list given as an expression may define any key.
        if (s.job.strategy() != null && s.job.strategy().expression() != null) return null;
        if (s.job.strategy() == null || s.job.strategy().matrix() == null) {
          return key + " reads matrix." + path.get(1) + ", but job '" + jobId + "' has no strategy.matrix";
        }
        var matrix = s.job.strategy().matrix();
        if (matrix.expression() == null && matrix.includeExpression() == null && !matrix.keys().contains(path.get(1))) {
          return key + " reads matrix." + path.get(1) + ", but the matrix of job '" + jobId + "' defines only "
              + matrix.keys();
        }
        return null;
      }
      default:
        return null;
    }
  }

  // An expression given as a tree is read as it is; only text is parsed.
  private static List<Expr> parse(Texts.Text t, SourceLocation where, List<Problem> problems) {
    if (t.value() instanceof Scalar.Expression e) return List.of(e.expr());
    List<Expr> found = new ArrayList<>();
    String text = t.value().text();
    try {
      // A condition holding ${{ }} is a template GitHub renders to text: parse what it embeds.
      if (t.condition() && !Embedded.hasExpression(text)) {
        found.add(Expr.parse(text));
      } else {
        for (Embedded.Occurrence o : Embedded.find(text)) found.add(o.parse());
      }
    } catch (ExprSyntaxException e) {
      problems.add(new Problem(where, t.key() + ": " + e.getMessage()));
    }
    return found;
  }

  private static String camel(String id) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : id.toCharArray()) {
      if (c == '-' || c == '_') up = true;
      else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
