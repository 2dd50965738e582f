package dev.gha4j.validate;

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
  private final ParsedExpressions parsed;
  private final Map<String, ExprType> types;
  private final Findings found;

  /** {@code jobs}: the workflow's jobs by id ({@link NeedsGraph#jobs}); {@code types}: its {@link ContextTypes}. */
  JobChecks(Map<String, Job> jobs, Job job, ParsedExpressions parsed, Map<String, ExprType> types, Findings found) {
    this.jobs = jobs;
    this.job = job;
    this.parsed = parsed;
    this.types = types;
    this.found = found;
  }

  void run() {
    if (!Ids.valid(job.id())) add(Check.IDS, "job id '" + job.id() + "' " + Ids.rule());
    if (job.isCaller()) caller();
    else runner();
    positive(job.timeoutMinutes(), "timeout-minutes");
    var strategy = job.strategy();
    if (strategy != null && strategy.expression() != null
        && (strategy.matrix() != null || strategy.failFast() != null || strategy.maxParallel() != null)) {
      add(Check.AMBIGUOUS_MODEL, "the strategy of job '" + job.id() + "' is one expression and also sets matrix,"
          + " fail-fast or max-parallel; keep one of the two");
    }
    if (job.container() != null) container(job.container(), "the container");
    job.services().forEach((name, c) -> container(c, "service '" + name + "'"));
    for (String key : job.escapeHatches().keySet()) {
      if (KEYS.contains(key)) add(Check.ESCAPE_HATCH_MODELLED, "escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
    new ExpressionChecks(jobs, job, parsed, types, found).run();
  }

  private void caller() {
    String uses = job.uses();
    if (!uses.isEmpty() && !dev.gha4j.expr.Embedded.hasExpression(uses) && !isLocal(uses) && !isRemote(uses)) {
      add(Check.REUSABLE_WORKFLOW_REF, "job '" + job.id() + "' calls '" + uses + "', which is none of"
          + " ./path/to/workflow.yml, $/path/to/workflow.yml and owner/repo/path/to/workflow.yml@ref; fix: use one of"
          + " those forms");
    }
    if (job.secretsInherit() && !job.secrets().isEmpty()) {
      add(Check.AMBIGUOUS_MODEL, "job '" + job.id() + "' passes secrets one by one and 'inherit'; choose one");
    }
  }

  // actionlint's isWorkflowCallUsesLocalFormat and isWorkflowCallUsesRepoFormat, plus GitHub's
  // self-repository form $/path (July 2026, newer than actionlint 1.7.7).
  private static boolean isLocal(String uses) {
    boolean local = uses.startsWith("./") || uses.startsWith("$/");
    return local && uses.length() > 2 && uses.indexOf('@', 2) < 0;
  }

  private static boolean isRemote(String uses) {
    if (uses.startsWith(".")) return false;
    int owner = uses.indexOf('/');
    int repo = owner > 0 ? uses.indexOf('/', owner + 1) : -1;
    int ref = repo > owner + 1 ? uses.indexOf('@', repo + 1) : -1;
    return ref > repo + 1 && ref < uses.length() - 1;
  }

  private void runner() {
    RunnerChecks.check(job, found);
    MatrixChecks.check(job, found);
    if (job.runsOn() != null && job.runsOn().labels().isEmpty() && job.runsOn().group() == null) {
      add(Check.EMPTY_SECTION, "job '" + job.id() + "' has an empty runs-on");
    }
    if (job.steps().isEmpty()) add(Check.EMPTY_SECTION, "job '" + job.id() + "' has no steps");
    Set<String> ids = new HashSet<>();
    for (Step step : job.steps()) {
      if (step.id() != null && !ids.add(step.id())) {
        at(step, Check.IDS, "duplicate step id '" + step.id() + "' in job '" + job.id() + "'");
      }
      step(step);
    }
  }

  private void step(Step step) {
    String name = "step '" + step.displayName() + "'";
    if (step.id() != null && !Ids.valid(step.id())) at(step, Check.IDS, "step id '" + step.id() + "' " + Ids.rule());
    boolean run = step.run() != null;
    if (run && step.run().isBlank()) at(step, Check.BLANK_SCRIPT, name + " has a blank run script");
    WorkflowCommands.check(step, found);
    if (step.timeoutMinutes() instanceof Scalar.Number n && n.value() <= 0) {
      at(step, Check.TIMEOUT, "timeout-minutes of " + name + " must be positive, not " + n.value());
    }
    if (step.uses() == null && step.usesComment() != null) {
      at(step, Check.AMBIGUOUS_MODEL, name + " has a uses comment but no uses; remove .usesComment(...)");
    }
    for (String key : step.escapeHatches().keySet()) {
      if (STEP_KEYS.contains(key)) at(step, Check.ESCAPE_HATCH_MODELLED, "escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
  }

  private void container(dev.gha4j.model.Container c, String what) {
    boolean parts = c.image() != null || c.credentials() != null || !c.env().isEmpty() || !c.ports().isEmpty()
        || !c.volumes().isEmpty() || !c.options().isEmpty();
    if (c.expression() != null && parts) {
      add(Check.AMBIGUOUS_MODEL, what + " of job '" + job.id() + "' is one expression and also sets image, credentials, env, ports,"
          + " volumes or options; keep one of the two");
    } else if (c.expression() == null && c.image() == null) {
      add(Check.REQUIRED_KEY, what + " of job '" + job.id() + "' has no image");
    }
  }

  private void positive(Scalar minutes, String what) {
    if (minutes instanceof Scalar.Number n && n.value() <= 0) {
      add(Check.TIMEOUT, what + " must be positive, not " + n.value());
    }
  }

  private void at(Step step, Check check, String message) {
    found.add(check, step.location(), message);
  }

  private void add(Check check, String message) {
    found.add(check, job.location(), message);
  }
}
