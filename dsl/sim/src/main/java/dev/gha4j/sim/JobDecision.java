package dev.gha4j.sim;

import dev.gha4j.model.Job;
import dev.gha4j.model.Strategy;
import java.nio.file.Path;
import java.time.Duration;
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
  private final Value.Dictionary github;
  private final Map<String, Value> inputs;
  private final Path eventFile;

  JobDecision(Simulation sim, Job job, Path root, Toolbox toolbox, Value.Dictionary github,
      Map<String, Value> inputs, Path eventFile) {
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
    boolean cancelled = scheduler.cancelled(job);
    Duration start = scheduler.startOf(job);
    // success(): every ancestor succeeded, not just the direct needs: a job two hops after a
    // skipped one is skipped even when its own need succeeded (actions/runner#2205, GitHub's
    // documented "all jobs that need it are skipped" applied transitively). failure(): any
    // ancestor failed ("returns true if any ancestor job fails").
    boolean allSucceeded = ancestors.stream().allMatch(a -> done.get(a).result() == Conclusion.SUCCESS);
    boolean anyFailed = ancestors.stream().anyMatch(a -> done.get(a).result() == Conclusion.FAILURE);
    Status status = new Status(allSucceeded && !cancelled, anyFailed, cancelled);
    Map<String, Value> contexts = jobLevelContexts(done);
    Evaluator ev = Evaluator.of(new Value.Dictionary(contexts)).status(status).hashFiles(sim.hashFiles);
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
    scheduler.record(job, runInstances(contexts, ev, cancelled, sim.cancelAt == null ? null : sim.cancelAt.minus(start)));
  }

  private List<JobReport> runInstances(Map<String, Value> contexts, Evaluator ev, boolean cancelled, Duration cancelAt) {
    Strategy strategy = job.strategy();
    if (strategy != null && strategy.expression() != null) {
      return List.of(notStarted(Conclusion.FAILURE, job.location() + ": strategy: the simulator cannot expand a"
          + " strategy given as one expression"));
    }
    List<Value.Dictionary> combos;
    try {
      combos = strategy == null || strategy.matrix() == null ? List.of(Contexts.object())
          : MatrixExpander.expand(strategy.matrix(), ev);
    } catch (EvaluationException | IllegalArgumentException e) {
      return List.of(notStarted(Conclusion.FAILURE, job.location() + ": strategy.matrix: " + e.getMessage()));
    }
    boolean failFast = strategy == null || strategy.failFast() == null || ev.value(strategy.failFast()).truthy();
    Value maxParallel = strategy == null || strategy.maxParallel() == null ? null : ev.value(strategy.maxParallel());
    List<JobReport> instances = new ArrayList<>();
    String firstFailure = null;
    for (int i = 0; i < combos.size(); i++) {
      String name = combos.get(i).members().isEmpty() ? job.id() : job.id() + " (" + String.join(", ",
          combos.get(i).members().values().stream().map(Value::asText).toList()) + ")";
      if (firstFailure != null && failFast) {
        instances.add(new JobReport(job.id(), name, combos.get(i), false, Conclusion.CANCELLED, Conclusion.CANCELLED,
            "fail-fast: " + firstFailure + " failed", Map.of(), List.of(), Duration.ZERO, false));
        continue;
      }
      Map<String, Value> instance = new LinkedHashMap<>(contexts);
      instance.put("matrix", combos.get(i));
      instance.put("strategy", strategy(failFast, maxParallel, i, combos.size()));
      // The environment's name may read the matrix: `environment: ${{ matrix.stage }}`.
      instance.put("vars", vars(Evaluator.of(new Value.Dictionary(instance)).hashFiles(sim.hashFiles)));
      instance.put("secrets", Value.dictionary(sim.secrets));
      Path dir = root.resolve("jobs").resolve(job.id() + (combos.size() > 1 ? "-" + (i + 1) : ""));
      JobRun run = new JobRun(sim, job, name, instance, dir, eventFile, toolbox, cancelled, cancelAt);
      run.fixedContexts.put("runner", Contexts.runner(run.temp.toString(), run.temp.resolve("tool-cache").toString()));
      JobReport report = JobRunner.run(run, combos.get(i));
      if (report.result() == Conclusion.FAILURE && firstFailure == null) firstFailure = name;
      instances.add(report);
    }
    return instances;
  }

  private Map<String, Value> jobLevelContexts(Map<String, JobReport> done) {
    Map<String, Value> needs = new LinkedHashMap<>();
    for (String need : job.needs()) {
      JobReport r = done.get(need);
      needs.put(need, Contexts.object("result", r.result().text(), "outputs", r.outputs()));
    }
    Map<String, Value> contexts = new LinkedHashMap<>();
    contexts.put("github", github.with("job", Value.of(job.id())));
    contexts.put("needs", new Value.Dictionary(needs));
    contexts.put("vars", Value.dictionary(sim.vars));
    contexts.put("inputs", new Value.Dictionary(inputs));
    return contexts;
  }

  /** Repository variables, overlaid with those of the job's deployment environment. */
  private Value vars(Evaluator withMatrix) {
    Map<String, String> vars = new LinkedHashMap<>(sim.vars);
    if (job.environment() != null) {
      String envName = withMatrix.interpolate(job.environment().name());
      vars.putAll(sim.environmentVars.getOrDefault(envName, Map.of()));
    }
    return Value.dictionary(vars);
  }

  private static Value strategy(boolean failFast, Value maxParallel, int index, int total) {
    return Contexts.object("fail-fast", failFast, "job-index", index, "job-total", total,
        "max-parallel", maxParallel == null ? Value.of((double) total) : maxParallel);
  }

  // The condition's tree: the expression given, or its text parsed (a template as its format() call).
  private dev.gha4j.expr.Expr conditionExpr() {
    if (job.condition() instanceof dev.gha4j.model.Scalar.Expression e) return e.expr();
    String text = job.condition().text();
    return dev.gha4j.expr.Embedded.hasExpression(text) ? dev.gha4j.expr.Expr.literal(text)
        : dev.gha4j.expr.Expr.parse(text);
  }

  private JobReport notStarted(Conclusion c, String reason) {
    return new JobReport(job.id(), job.id(), Contexts.object(), false, c, c, reason, Map.of(), List.of(),
        Duration.ZERO, false);
  }

  private String skipReason(Status status, Set<String> ancestors, Map<String, JobReport> done, boolean cancelled) {
    if (cancelled) return "the run was cancelled: " + sim.cancelReason;
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
