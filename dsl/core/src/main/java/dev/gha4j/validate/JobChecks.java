package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One job: its id, runner or reusable-workflow call, timeouts, steps and expression scopes. */
final class JobChecks {
  private static final Set<String> KEYS = Set.of(
      "name", "runs-on", "needs", "if", "permissions", "environment", "concurrency", "timeout-minutes",
      "strategy", "continue-on-error", "services", "container", "outputs", "env", "defaults", "steps",
      "uses", "with", "secrets");
  private static final Set<String> STEP_KEYS = Set.of(
      "id", "name", "if", "uses", "with", "run", "shell", "working-directory", "env", "timeout-minutes",
      "continue-on-error");

  private final Map<String, Job> jobs;
  private final Job job;
  private final List<Problem> problems;

  /** {@code jobs}: the workflow's jobs by id ({@link NeedsGraph#jobs}). */
  JobChecks(Map<String, Job> jobs, Job job, List<Problem> problems) {
    this.jobs = jobs;
    this.job = job;
    this.problems = problems;
  }

  void run() {
    if (!Ids.valid(job.id())) add("job id '" + job.id() + "' " + Ids.rule());
    if (job.isCaller()) caller();
    else runner();
    positive(job.timeoutMinutes(), "timeout-minutes");
    var strategy = job.strategy();
    if (strategy != null && strategy.expression() != null
        && (strategy.matrix() != null || strategy.failFast() != null || strategy.maxParallel() != null)) {
      add("the strategy of job '" + job.id() + "' is one expression and also sets matrix, fail-fast or max-parallel;"
          + " keep one of the two");
    }
    if (job.container() != null) container(job.container(), "the container");
    job.services().forEach((name, c) -> container(c, "service '" + name + "'"));
    PermissionChecks.check(job.permissions(), problems);
    for (String key : job.escapeHatches().keySet()) {
      if (KEYS.contains(key)) add("escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
    ExpressionChecks.job(jobs, job, problems);
  }

  private void caller() {
    if (job.runsOn() != null) add("job '" + job.id() + "' calls a reusable workflow and cannot have runs-on");
    if (!job.steps().isEmpty()) add("job '" + job.id() + "' calls a reusable workflow and cannot have steps");
    if (job.container() != null || !job.services().isEmpty()) {
      add("job '" + job.id() + "' calls a reusable workflow and cannot have a container or services");
    }
    if (job.secretsInherit() && !job.secrets().isEmpty()) {
      add("job '" + job.id() + "' passes secrets one by one and 'inherit'; choose one");
    }
  }

  private void runner() {
    if (job.runsOn() == null) {
      add("job '" + job.id() + "' has no runs-on; add .runsOn(\"ubuntu-latest\")");
    } else if (job.runsOn().labels().isEmpty() && job.runsOn().group() == null) {
      add("job '" + job.id() + "' has an empty runs-on");
    }
    if (job.steps().isEmpty()) add("job '" + job.id() + "' has no steps");
    if (!job.with().isEmpty() || !job.secrets().isEmpty() || job.secretsInherit()) {
      add("job '" + job.id() + "' sets with/secrets, which only a reusable-workflow call (Job.calling) has");
    }
    Set<String> ids = new HashSet<>();
    for (Step step : job.steps()) {
      if (step.id() != null && !ids.add(step.id())) {
        at(step, "duplicate step id '" + step.id() + "' in job '" + job.id() + "'");
      }
      step(step);
    }
  }

  private void step(Step step) {
    String name = "step '" + step.displayName() + "'";
    if (step.id() != null && !Ids.valid(step.id())) at(step, "step id '" + step.id() + "' " + Ids.rule());
    boolean uses = step.uses() != null;
    boolean run = step.run() != null;
    if (uses && run) at(step, name + " has both uses and run; split it into two steps");
    if (!uses && !run) at(step, name + " is empty: give it .run(...) or .uses(...)");
    if (run && step.run().isBlank()) at(step, name + " has a blank run script");
    if (!uses && step.usesComment() != null) at(step, name + " has a uses comment but no uses; remove .usesComment(...)");
    if (run && !step.with().isEmpty()) at(step, name + " runs a script, so 'with' has no effect; use env");
    if (uses && (step.shell() != null || step.workingDirectory() != null)) {
      at(step, name + " uses an action, so shell and working-directory have no effect");
    }
    positive(step.timeoutMinutes(), "timeout-minutes of " + name);
    for (String key : step.escapeHatches().keySet()) {
      if (STEP_KEYS.contains(key)) at(step, "escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
  }

  private void container(dev.gha4j.model.Container c, String what) {
    boolean parts = c.image() != null || c.credentials() != null || !c.env().isEmpty() || !c.ports().isEmpty()
        || !c.volumes().isEmpty() || !c.options().isEmpty();
    if (c.expression() != null && parts) {
      add(what + " of job '" + job.id() + "' is one expression and also sets image, credentials, env, ports,"
          + " volumes or options; keep one of the two");
    } else if (c.expression() == null && c.image() == null) {
      add(what + " of job '" + job.id() + "' has no image");
    }
  }

  private void positive(Scalar minutes, String what) {
    if (minutes instanceof Scalar.Number n && n.value() <= 0) {
      add(what + " must be positive, not " + n.value());
    }
  }

  private void at(Step step, String message) {
    problems.add(new Problem(step.location(), message));
  }

  private void add(String message) {
    problems.add(new Problem(job.location(), message));
  }
}
