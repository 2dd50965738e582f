package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.EventTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.ScheduleTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Workflow-level checks: file name, triggers and their filters, cron, inputs, job ids. */
final class WorkflowChecks {
  private static final Set<String> KEYS = Set.of(
      "name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");

  private final Workflow w;
  private final List<Problem> problems;

  WorkflowChecks(Workflow w, List<Problem> problems) {
    this.w = w;
    this.problems = problems;
  }

  void run() {
    if (!Ids.validFile(w.file())) {
      add("workflow file '" + w.file() + "' must be a plain name like 'ci' or 'release.yaml' (letters, digits, '-', '_', '.'; .yml is added when no extension is given)");
    }
    if (w.triggers().isEmpty()) add("workflow '" + w.file() + "' has no trigger; add .on(Trigger.push()...)");
    if (w.jobs().isEmpty()) add("workflow '" + w.file() + "' has no jobs; add .jobs(...)");
    Set<String> events = new HashSet<>();
    for (Trigger t : w.triggers()) {
      if (!events.add(t.event())) {
        problems.add(new Problem(t.location(), "trigger '" + t.event() + "' appears twice; combine its filters into one"));
      }
      trigger(t);
    }
    Set<String> ids = new HashSet<>();
    for (Job j : w.jobs()) {
      if (!ids.add(j.id())) {
        problems.add(new Problem(j.location(), "duplicate job id '" + j.id() + "' in workflow '" + w.file() + "'"));
      }
    }
    PermissionChecks.check(w.permissions(), problems);
    for (String key : w.escapeHatches().keySet()) {
      if (KEYS.contains(key)) add("escape hatch key '" + key + "' is modelled; use the typed method instead");
    }
    ExpressionChecks.workflowLevel(w, problems);
  }

  private void trigger(Trigger t) {
    if (t instanceof RefTrigger r) refTrigger(r);
    else if (t instanceof ScheduleTrigger s) {
      if (s.crons().isEmpty()) at(t, "schedule needs at least one cron expression");
      for (String cron : s.crons()) {
        String problem = Cron.problem(cron);
        if (problem != null) at(t, problem);
      }
    } else if (t instanceof DispatchTrigger d) inputs(t, d.inputs(), true);
    else if (t instanceof CallTrigger c) inputs(t, c.inputs(), false);
    else if (t instanceof EventTrigger e && !EventTrigger.KNOWN_EVENTS.contains(e.event())) {
      at(t, "'" + e.event() + "' is not a GitHub Actions event");
    }
  }

  private void refTrigger(RefTrigger r) {
    both(r, r.branches(), r.branchesIgnore(), "branches");
    both(r, r.tags(), r.tagsIgnore(), "tags");
    both(r, r.paths(), r.pathsIgnore(), "paths");
    if (r.event().equals("push") && !r.types().isEmpty()) at(r, "push has no activity types");
    if (!r.event().equals("push") && !(r.tags().isEmpty() && r.tagsIgnore().isEmpty())) {
      at(r, r.event() + " has no tag filters; tags apply to push only");
    }
  }

  private void both(RefTrigger r, List<String> include, List<String> ignore, String what) {
    if (!include.isEmpty() && !ignore.isEmpty()) {
      at(r, r.event() + " cannot have both " + what + " and " + what + "-ignore; use '!' patterns in " + what);
    }
  }

  private void inputs(Trigger t, List<Input> inputs, boolean dispatch) {
    Set<String> names = new HashSet<>();
    for (Input i : inputs) {
      if (!names.add(i.name())) at(t, "input '" + i.name() + "' is declared twice");
      if (!Ids.valid(i.name())) at(t, "input name '" + i.name() + "' " + Ids.rule());
      boolean callType = i.type() == Input.Type.STRING || i.type() == Input.Type.BOOLEAN || i.type() == Input.Type.NUMBER;
      if (!dispatch && !callType) at(t, "workflow_call input '" + i.name() + "' cannot be of type " + i.type().wire());
      if (i.type() == Input.Type.CHOICE) {
        if (i.options().isEmpty()) at(t, "choice input '" + i.name() + "' needs options");
        if (i.defaultValue() != null && !i.options().contains(i.defaultValue().text())) {
          at(t, "choice input '" + i.name() + "' defaults to '" + i.defaultValue().text() + "', which is not one of its options");
        }
      }
    }
  }

  private void at(Trigger t, String message) {
    problems.add(new Problem(t.location(), message));
  }

  private void add(String message) {
    problems.add(new Problem(w.location(), message));
  }
}
