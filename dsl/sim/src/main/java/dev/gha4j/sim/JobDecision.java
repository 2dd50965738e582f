package dev.gha4j.sim;

import dev.gha4j.model.Job;
import dev.gha4j.model.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides one job: evaluates its {@code if} against the results of the jobs it needs, expands its
 * matrix, and runs each combination (stopping the rest with {@code fail-fast}, GitHub's default).
 */
final class JobDecision {
  private final Simulation sim;
  private final Job job;
  private final Path root;
  private final Toolbox toolbox;
  private final Map<String, Object> github;
  private final Map<String, Object> inputs;
  private final Path eventFile;

  JobDecision(Simulation sim, Job job, Path root, Toolbox toolbox, Map<String, Object> github,
      Map<String, Object> inputs, Path eventFile) {
    this.sim = sim;
    this.job = job;
    this.root = root;
    this.toolbox = toolbox;
    this.github = github;
    this.inputs = inputs;
    this.eventFile = eventFile;
  }

  void decide(Scheduler scheduler) {
    Set<String> ancestors = scheduler.ancestors(job);
    Map<String, JobReport> done = scheduler.decided();
    boolean cancelled = scheduler.cancelled();
    // success(): every ancestor succeeded, not just the direct needs: a job two hops after a
    // skipped one is skipped even when its own need succeeded (actions/runner#2205, GitHub's
    // documented "all jobs that need it are skipped" applied transitively). failure(): any
    // ancestor failed ("returns true if any ancestor job fails").
    boolean allSucceeded = ancestors.stream().allMatch(a -> done.get(a).result() == Conclusion.SUCCESS);
    boolean anyFailed = ancestors.stream().anyMatch(a -> done.get(a).result() == Conclusion.FAILURE);
    Status status = new Status(allSucceeded && !cancelled, anyFailed, cancelled);
    Map<String, Object> contexts = jobLevelContexts(done);
    Evaluator ev = new Evaluator(contexts, status, sim.hashFiles);
    boolean go;
    try {
      go = ev.condition(job.condition());
    } catch (EvaluationException | IllegalArgumentException e) {
      scheduler.record(job, List.of(notStarted(Conclusion.FAILURE, job.location() + ": if: " + e.getMessage())));
      return;
    }
    if (!go) {
      Conclusion c = cancelled ? Conclusion.CANCELLED : Conclusion.SKIPPED;
      scheduler.record(job, List.of(notStarted(c, skipReason(status, ancestors, done, cancelled))));
      return;
    }
    if (job.isCaller()) {
      scheduler.record(job, List.of(JobRunner.call(sim, job)));
      return;
    }
    scheduler.record(job, runInstances(contexts, ev, cancelled));
  }

  private List<JobReport> runInstances(Map<String, Object> contexts, Evaluator ev, boolean cancelled) {
    Strategy strategy = job.strategy();
    if (strategy != null && strategy.expression() != null) {
      return List.of(notStarted(Conclusion.FAILURE, job.location() + ": strategy: the simulator cannot expand a"
          + " strategy given as one expression"));
    }
    List<Map<String, Object>> combos;
    try {
      combos = strategy == null || strategy.matrix() == null ? List.of(Map.of()) : MatrixExpander.expand(strategy.matrix(), ev);
    } catch (EvaluationException | IllegalArgumentException e) {
      return List.of(notStarted(Conclusion.FAILURE, job.location() + ": strategy.matrix: " + e.getMessage()));
    }
    boolean failFast = strategy == null || strategy.failFast() == null || Value.truthy(ev.value(strategy.failFast()));
    Object maxParallel = strategy == null || strategy.maxParallel() == null ? null : ev.value(strategy.maxParallel());
    List<JobReport> instances = new ArrayList<>();
    String firstFailure = null;
    for (int i = 0; i < combos.size(); i++) {
      String name = combos.get(i).isEmpty() ? job.id() : job.id() + " (" + String.join(", ",
          combos.get(i).values().stream().map(Value::toText).toList()) + ")";
      if (firstFailure != null && failFast) {
        instances.add(new JobReport(job.id(), name, combos.get(i), false, Conclusion.CANCELLED, Conclusion.CANCELLED,
            "fail-fast: " + firstFailure + " failed", Map.of(), List.of()));
        continue;
      }
      Map<String, Object> instance = new LinkedHashMap<>(contexts);
      instance.put("matrix", combos.get(i));
      instance.put("strategy", strategy(failFast, maxParallel, i, combos.size()));
      // The environment's name may read the matrix: `environment: ${{ matrix.stage }}`.
      instance.put("vars", vars(new Evaluator(instance, Status.SUCCESS, sim.hashFiles)));
      instance.put("secrets", sim.secrets);
      Path dir = root.resolve("jobs").resolve(job.id() + (combos.size() > 1 ? "-" + (i + 1) : ""));
      JobRun run = new JobRun(sim, job, name, instance, dir, eventFile, toolbox, cancelled);
      run.fixedContexts.put("runner", Contexts.runner(run.temp.toString(), run.temp.resolve("tool-cache").toString()));
      JobReport report = JobRunner.run(run, combos.get(i));
      if (report.result() == Conclusion.FAILURE && firstFailure == null) firstFailure = name;
      instances.add(report);
    }
    return instances;
  }

  private Map<String, Object> jobLevelContexts(Map<String, JobReport> done) {
    Map<String, Object> needs = Value.object();
    for (String need : job.needs()) {
      JobReport r = done.get(need);
      needs.put(need, Map.of("result", r.result().text(), "outputs", new LinkedHashMap<String, Object>(r.outputs())));
    }
    Map<String, Object> contexts = new LinkedHashMap<>();
    contexts.put("github", withJob(github));
    contexts.put("needs", needs);
    contexts.put("vars", sim.vars);
    contexts.put("inputs", inputs);
    return contexts;
  }

  private Map<String, Object> withJob(Map<String, Object> g) {
    Map<String, Object> copy = new LinkedHashMap<>(g);
    copy.put("job", job.id());
    return copy;
  }

  /** Repository variables, overlaid with those of the job's deployment environment. */
  private Map<String, Object> vars(Evaluator withMatrix) {
    Map<String, Object> vars = new LinkedHashMap<>(sim.vars);
    if (job.environment() != null) {
      String envName = withMatrix.interpolate(job.environment().name());
      vars.putAll(sim.environmentVars.getOrDefault(envName, Map.of()));
    }
    return vars;
  }

  private static Map<String, Object> strategy(boolean failFast, Object maxParallel, int index, int total) {
    Map<String, Object> out = Value.object();
    out.put("fail-fast", failFast);
    out.put("job-index", (double) index);
    out.put("job-total", (double) total);
    out.put("max-parallel", maxParallel == null ? (double) total : maxParallel);
    return out;
  }

  // The condition's tree: the expression given, or its text parsed (a template as its format() call).
  private dev.gha4j.expr.Expr conditionExpr() {
    if (job.condition() instanceof dev.gha4j.model.Scalar.Expression e) return e.expr();
    String text = job.condition().text();
    return dev.gha4j.expr.Embedded.hasExpression(text) ? dev.gha4j.expr.Expr.literal(text)
        : dev.gha4j.expr.Expr.parse(text);
  }

  private JobReport notStarted(Conclusion c, String reason) {
    return new JobReport(job.id(), job.id(), Map.of(), false, c, c, reason, Map.of(), List.of());
  }

  private String skipReason(Status status, Set<String> ancestors, Map<String, JobReport> done, boolean cancelled) {
    if (cancelled) return "the run was cancelled";
    String condition = Evaluator.written(job.condition());
    boolean implicit = job.condition() == null || !conditionExpr().usesStatusFunction();
    if (implicit && !status.success()) {
      List<String> blockers = ancestors.stream().filter(a -> done.get(a).result() != Conclusion.SUCCESS)
          .map(a -> a + " " + done.get(a).result()).toList();
      return "needs not successful: " + blockers + (condition == null ? "" : " (if: " + condition + ")");
    }
    return "if: " + condition + " was false";
  }
}
