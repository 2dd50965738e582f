package dev.gha4j.validate;

import dev.gha4j.expr.Embedded;
import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.ScheduleTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.model.WorkflowRunTrigger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Workflow-level checks: file name, triggers and their filters, cron, inputs, job ids. */
final class WorkflowChecks {
  private static final Set<String> KEYS = Set.of(
      "name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");

  /** GitHub's limit (docs: "a maximum of 25 top-level properties" for workflow_dispatch inputs). */
  private static final int MAX_DISPATCH_INPUTS = 25;

  private final Workflow w;
  private final Findings found;

  WorkflowChecks(Workflow w, Findings found) {
    this.w = w;
    this.found = found;
  }

  void run() {
    if (!Ids.validFile(w.file())) {
      add(Check.FILE_NAME, "workflow file '" + w.file() + "' must be a plain name like 'ci' or 'release.yaml' (letters, digits, '-', '_', '.'; .yml is added when no extension is given)");
    }
    if (w.triggers().isEmpty()) add(Check.EMPTY_SECTION, "workflow '" + w.file() + "' has no trigger; add .on(Trigger.push()...)");
    if (w.jobs().isEmpty()) add(Check.NO_JOBS, "workflow '" + w.file() + "' has no jobs; add .jobs(...)");
    Set<String> events = new HashSet<>();
    for (Trigger t : w.triggers()) {
      if (!events.add(t.event())) {
        found.add(Check.AMBIGUOUS_MODEL, t.location(), "trigger '" + t.event() + "' appears twice; combine its filters into one");
      }
      trigger(t);
    }
    Set<String> ids = new HashSet<>();
    for (Job j : w.jobs()) {
      if (!ids.add(j.id())) {
        found.add(Check.AMBIGUOUS_MODEL, j.location(), "duplicate job id '" + j.id() + "' in workflow '" + w.file() + "'");
      }
    }
    for (String key : w.escapeHatches().keySet()) {
      if (KEYS.contains(key)) add(Check.ESCAPE_HATCH_MODELLED, "escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
  }

  private void trigger(Trigger t) {
    if (t instanceof RefTrigger r) refTrigger(r);
    else if (t instanceof ScheduleTrigger s) {
      if (s.crons().isEmpty()) at(t, Check.CRON, "schedule needs at least one cron expression");
      for (String cron : s.crons()) {
        String problem = Cron.problem(cron);
        if (problem != null) {
          at(t, Check.CRON, problem);
        } else if (Cron.interval(cron) >= 0 && Cron.interval(cron) < 300) {
          at(t, Check.CRON_FREQUENCY, "cron '" + cron + "' runs every " + Cron.interval(cron) / 60 + " minutes at its"
              + " busiest, but GitHub runs a schedule at most every 5 minutes; fix: run it every 5 minutes or less often");
        }
      }
    } else if (t instanceof DispatchTrigger d) inputs(t, d.inputs(), true);
    else if (t instanceof CallTrigger c) inputs(t, c.inputs(), false);
    else if (t instanceof WorkflowRunTrigger r) {
      globs(t, "branches", r.branches(), true);
      globs(t, "branches-ignore", r.branchesIgnore(), true);
    }
  }

  private void globs(Trigger t, String key, List<String> patterns, boolean ref) {
    for (String p : patterns) {
      if (p.isEmpty()) continue; // the schema's to report
      String problem = ref ? Globs.refProblem(p) : Globs.pathProblem(p);
      if (problem != null) at(t, Check.GLOB, "on." + t.event() + "." + key + ": '" + p + "': " + problem);
    }
  }

  private void refTrigger(RefTrigger r) {
    globs(r, "branches", r.branches(), true);
    globs(r, "branches-ignore", r.branchesIgnore(), true);
    globs(r, "tags", r.tags(), true);
    globs(r, "tags-ignore", r.tagsIgnore(), true);
    globs(r, "paths", r.paths(), false);
    globs(r, "paths-ignore", r.pathsIgnore(), false);
    both(r, r.branches(), r.branchesIgnore(), "branches");
    both(r, r.tags(), r.tagsIgnore(), "tags");
    both(r, r.paths(), r.pathsIgnore(), "paths");
  }

  private void both(RefTrigger r, List<String> include, List<String> ignore, String what) {
    if (!include.isEmpty() && !ignore.isEmpty()) {
      at(r, Check.FILTERS, r.event() + " cannot have both " + what + " and " + what + "-ignore; use '!' patterns in " + what);
    }
  }

  private void inputs(Trigger t, List<Input> inputs, boolean dispatch) {
    if (dispatch && inputs.size() > MAX_DISPATCH_INPUTS) {
      at(t, Check.TOO_MANY_INPUTS, "workflow_dispatch has " + inputs.size() + " inputs, but GitHub takes at most "
          + MAX_DISPATCH_INPUTS + "; fix: pass related values in one input, e.g. as JSON read with fromJSON()");
    }
    Set<String> names = new HashSet<>();
    for (Input i : inputs) {
      if (!names.add(i.name())) at(t, Check.AMBIGUOUS_MODEL, "input '" + i.name() + "' is declared twice");
      if (!Ids.valid(i.name())) at(t, Check.INPUT_NAME, "input name '" + i.name() + "' " + Ids.rule());
      defaultValue(t, i, dispatch);
      if (i.type() == Input.Type.CHOICE) {
        if (i.options().isEmpty()) at(t, Check.INPUTS, "choice input '" + i.name() + "' needs options");
        if (i.defaultValue() != null && !i.options().contains(i.defaultValue().text())) {
          at(t, Check.CHOICE_DEFAULT, "choice input '" + i.name() + "' defaults to '" + i.defaultValue().text() + "', which is not one of its options");
        }
      }
    }
  }

  // GitHub's converter: a boolean input defaults to a boolean, a string, choice or environment
  // input to text; a workflow_call default that is an expression is taken as it is.
  private void defaultValue(Trigger t, Input i, boolean dispatch) {
    Scalar d = i.defaultValue();
    if (d == null || d instanceof Scalar.Expression || !dispatch && Embedded.hasExpression(d.text())) return;
    boolean fits = switch (i.type()) {
      case BOOLEAN -> d instanceof Scalar.Bool;
      case NUMBER -> true;
      default -> d instanceof Scalar.Text;
    };
    if (!fits) {
      String fix = i.type() == Input.Type.BOOLEAN ? ".defaultValue(true) or .defaultValue(false)"
          : ".defaultValue(\"" + d.text() + "\")";
      at(t, Check.INPUTS, "input '" + i.name() + "' is of type " + i.type().wire() + ", but its default is " + d.text()
          + ", which GitHub refuses; fix: " + fix);
    }
  }

  private void at(Trigger t, Check check, String message) {
    found.add(check, t.location(), message);
  }

  private void add(Check check, String message) {
    found.add(check, w.location(), message);
  }
}
