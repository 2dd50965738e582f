package dev.gha4j.validate;

import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.SourceLocation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that what a job's expressions read exists: {@code needs.<job>} only for jobs this job
 * needs (and outputs they declare), {@code steps.<id>} only for earlier steps of the same job (any
 * step in the job's outputs and environment URL), {@code matrix.<key>} only for keys the matrix
 * has. Whether a context is available at a key at all is {@link ContextAvailability}'s, and syntax
 * errors are reported by {@link SchemaCheck}.
 */
final class ExpressionChecks {
  /** Keys whose whole value, when an expression, must be of a type; actionlint checks them. */
  private static final Map<String, ExprType> TYPED_KEYS = Map.of(
      "timeout-minutes", ExprType.NUMBER, "continue-on-error", ExprType.BOOL, "concurrency.cancel-in-progress",
      ExprType.BOOL);

  private final Map<String, Job> jobs;
  private final Job job;
  private final ParsedExpressions parsed;
  private final Map<String, ExprType> types;
  private final Findings found;

  /**
   * {@code jobs}: the workflow's jobs by id, built once per workflow (a lookup per job would be
   * quadratic); {@code types}: the workflow's {@link ContextTypes}.
   */
  ExpressionChecks(Map<String, Job> jobs, Job job, ParsedExpressions parsed, Map<String, ExprType> types,
      Findings found) {
    this.jobs = jobs;
    this.job = job;
    this.parsed = parsed;
    this.types = types;
    this.found = found;
  }

  /** The types of what the workflow's own keys (env, run-name, workflow_call outputs, ...) read. */
  static void workflow(Workflow w, ParsedExpressions parsed, Map<String, ExprType> types, Findings found) {
    for (Texts.Text t : Texts.of(w)) typed(t, expressions(t, parsed), w.location(), types, found);
  }

  void run() {
    Set<String> allSteps = new HashSet<>();
    for (Step s : job.steps()) if (s.id() != null) allSteps.add(lower(s.id()));
    for (Texts.Text t : Texts.of(job)) {
      // Steps are readable in the job's outputs and environment URL (all of them); elsewhere in the
      // job GitHub does not provide them at all, which ContextAvailability reports.
      boolean afterSteps = t.key().startsWith("outputs.") || t.key().equals("environment.url");
      check(t, job.location(), afterSteps ? allSteps : null);
    }
    Set<String> earlier = new HashSet<>();
    for (Step step : job.steps()) {
      Set<String> visible = Set.copyOf(earlier);
      for (Texts.Text t : Texts.of(step)) check(t, step.location(), visible);
      if (step.id() != null) earlier.add(lower(step.id()));
    }
  }

  /** {@code steps}: the step ids readable here, or null where the steps context is not available. */
  private void check(Texts.Text t, SourceLocation where, Set<String> steps) {
    List<Expr> all = expressions(t, parsed);
    for (Expr e : all) {
      for (ContextPath read : ContextPath.readBy(e)) {
        String problem = reference(read.named(), t.key(), steps);
        if (problem != null) found.add(scope(read), where, problem);
      }
    }
    typed(t, all, where, types, found);
  }

  // An expression given as a tree is read as it is; only text is parsed (once, see ParsedExpressions).
  private static List<Expr> expressions(Texts.Text t, ParsedExpressions parsed) {
    if (t.value() instanceof Scalar.Expression e) return List.of(e.expr());
    return parsed.of(t.value().text(), t.condition()).expressions();
  }

  // actionlint's type checks: each expression's own, the type a typed key needs, and no object,
  // array or null rendered into text.
  private static void typed(Texts.Text t, List<Expr> all, SourceLocation where, Map<String, ExprType> types,
      Findings found) {
    if (all.isEmpty()) return;
    ExprType wanted = TYPED_KEYS.get(t.key());
    boolean whole = t.value() instanceof Scalar.Expression || all.size() == 1 && isWhole(t.value().text());
    for (Expr e : all) {
      TypeChecker.Result r = TypeChecker.check(e, types);
      for (TypeChecker.Finding f : r.findings()) found.add(f.check(), where, t.key() + ": " + f.message());
      if (wanted != null && whole) {
        if (!(r.type() instanceof ExprType.Any) && r.type().getClass() != wanted.getClass()) {
          found.add(Check.EXPRESSION_TYPES, where, t.key() + " must be " + TypeChecker.article(wanted) + ", but "
              + e.text() + " is " + TypeChecker.article(r.type()));
        }
      } else if (!t.condition() && !t.key().startsWith("strategy.matrix") && rendersBadly(r.type())) {
        found.add(Check.EXPRESSION_TYPES, where, t.key() + ": ${{ " + e.text() + " }} renders " + TypeChecker.article(r.type())
            + " as text; fix: render a property of it, or toJSON(...) it");
      }
    }
  }

  private static boolean isWhole(String text) {
    return text.startsWith("${{") && text.endsWith("}}") && text.indexOf("${{", 3) < 0;
  }

  private static boolean rendersBadly(ExprType type) {
    return type instanceof ExprType.Obj || type instanceof ExprType.Arr || type instanceof ExprType.Null;
  }

  private static Check scope(ContextPath read) {
    if (read.isIn("needs")) return Check.NEEDS_SCOPE;
    return read.isIn("steps") ? Check.STEPS_SCOPE : Check.MATRIX_SCOPE;
  }

  private String reference(List<String> path, String key, Set<String> steps) {
    String jobId = job.id();
    switch (path.get(0).toLowerCase(java.util.Locale.ROOT)) {
      case "needs": {
        if (path.size() < 2) return null;
        String need = path.get(1);
        String declared = Names.find(job.needs(), need); // the id as the job's needs spell it
        if (declared == null) {
          return "job '" + jobId + "' reads needs." + need + " in " + key + " but does not need '" + need
              + "'; add .needs(" + camel(need) + ") to the job";
        }
        Job target = jobs.get(declared);
        // A job that calls a reusable workflow gets its outputs from that workflow's
        // on.workflow_call.outputs, which gha4j cannot see; only runner jobs declare them here.
        if (target != null && !target.isCaller() && path.size() >= 4 && path.get(2).equals("outputs")
            && !has(target.outputs().keySet(), path.get(3))) {
          return "job '" + jobId + "' reads output '" + path.get(3) + "' of job '" + need
              + "', which declares " + (target.outputs().isEmpty() ? "no outputs" : "only " + target.outputs().keySet());
        }
        return null;
      }
      case "steps": {
        if (steps != null && path.size() >= 2 && !steps.contains(lower(path.get(1)))) {
          return key + " reads steps." + path.get(1) + ", but no earlier step of job '" + jobId
              + "' has id '" + path.get(1) + "'";
        }
        return null;
      }
      case "matrix": {
        if (path.size() < 2) return null;
        // A strategy or include list given as an expression may define any key.
        if (job.strategy() != null && job.strategy().expression() != null) return null;
        if (job.strategy() == null || job.strategy().matrix() == null) {
          return key + " reads matrix." + path.get(1) + ", but job '" + jobId + "' has no strategy.matrix";
        }
        var matrix = job.strategy().matrix();
        if (matrix.expression() == null && matrix.includeExpression() == null && !has(matrix.keys(), path.get(1))) {
          return key + " reads matrix." + path.get(1) + ", but the matrix of job '" + jobId + "' defines only "
              + matrix.keys();
        }
        return null;
      }
      default:
        return null;
    }
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

  // GitHub reads context properties without case: steps.meta is the step with id META.
  private static boolean has(Iterable<String> names, String name) {
    return Names.find(names, name) != null;
  }

  // Step ids are letters, digits, '-' and '_', so lower case is GitHub's case-blind comparison.
  private static String lower(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }
}
