package dev.gha4j.sim;

import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.EventTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.ScheduleTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.model.WorkflowRunTrigger;
import java.util.ArrayList;
import java.util.List;

/** Decides whether an {@link Event} starts a workflow, applying its {@code on:} filters as GitHub does. */
final class TriggerMatcher {
  private TriggerMatcher() {}

  /** Whether the workflow runs, and why (or why not), in words a failing test can show. */
  record Decision(boolean triggered, String reason) {}

  static Decision decide(Workflow workflow, Event event) {
    List<String> reasons = new ArrayList<>();
    for (Trigger t : workflow.triggers()) {
      if (!t.event().equals(event.name)) continue;
      String rejection = rejection(t, event);
      if (rejection == null) return new Decision(true, "'" + t.event() + "' trigger matches " + event);
      reasons.add(rejection);
    }
    if (reasons.isEmpty()) {
      List<String> events = workflow.triggers().stream().map(Trigger::event).toList();
      return new Decision(false, "the workflow has no '" + event.name + "' trigger (it runs on " + events + ")");
    }
    return new Decision(false, String.join("; ", reasons));
  }

  /** Null when the trigger accepts the event, else the filter that rejects it. */
  private static String rejection(Trigger t, Event e) {
    if (t instanceof RefTrigger r) return e.name.equals("push") ? push(r, e) : pullRequest(r, e);
    if (t instanceof ScheduleTrigger s) {
      return e.cron == null || s.crons().contains(e.cron) ? null
          : "schedule '" + e.cron + "' is not one of " + s.crons();
    }
    if (t instanceof DispatchTrigger d) return missingInputs(d.inputs(), e);
    if (t instanceof EventTrigger et) return types(et.types(), List.of(), e.action);
    if (t instanceof WorkflowRunTrigger w) return workflowRun(w, e);
    return null; // workflow_call: the caller decides.
  }

  // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow won't run
  // for events affecting the undefined Git ref." "Path filters are not evaluated for pushes of tags."
  private static String push(RefTrigger r, Event e) {
    boolean branchFilters = !r.branches().isEmpty() || !r.branchesIgnore().isEmpty();
    boolean tagFilters = !r.tags().isEmpty() || !r.tagsIgnore().isEmpty();
    String name = e.refName();
    if (e.isTag()) {
      if (branchFilters && !tagFilters) return "tag '" + name + "' pushed but push filters only branches";
      return refFilters("tag", name, r.tags(), r.tagsIgnore());
    }
    if (tagFilters && !branchFilters) return "branch '" + name + "' pushed but push filters only tags";
    String rejected = refFilters("branch", name, r.branches(), r.branchesIgnore());
    return rejected != null ? rejected : paths(r, e);
  }

  private static String pullRequest(RefTrigger r, Event e) {
    // Branch filters of pull_request events match the base branch, the one the PR merges into.
    String base = e.baseRef == null ? e.refName() : e.baseRef;
    String rejected = refFilters("base branch", base, r.branches(), r.branchesIgnore());
    if (rejected != null) return rejected;
    // "By default, a workflow only runs when a pull_request event's activity type is opened,
    // synchronize, or reopened."
    rejected = types(r.types(), List.of("opened", "synchronize", "reopened"), e.action);
    return rejected != null ? rejected : paths(r, e);
  }

  private static String refFilters(String what, String name, List<String> include, List<String> ignore) {
    if (!include.isEmpty() && !Glob.matchesList(include, name)) {
      return what + " '" + name + "' matches none of " + include;
    }
    if (!ignore.isEmpty() && Glob.matchesList(ignore, name)) {
      return what + " '" + name + "' is ignored by " + ignore;
    }
    return null;
  }

  // "If at least one path matches a pattern in the paths filter, the workflow runs." "If all the
  // path names match patterns in paths-ignore, the workflow will not run."
  private static String paths(RefTrigger r, Event e) {
    if (!r.paths().isEmpty() && e.changedPaths.stream().noneMatch(p -> Glob.matchesList(r.paths(), p))) {
      return "no changed path " + e.changedPaths + " matches paths " + r.paths();
    }
    if (!r.pathsIgnore().isEmpty() && !e.changedPaths.isEmpty()
        && e.changedPaths.stream().allMatch(p -> Glob.matchesList(r.pathsIgnore(), p))) {
      return "every changed path " + e.changedPaths + " matches paths-ignore " + r.pathsIgnore();
    }
    return null;
  }

  private static String types(List<String> types, List<String> defaults, String action) {
    List<String> effective = types.isEmpty() ? defaults : types;
    if (effective.isEmpty() || effective.contains(action)) return null;
    return "activity type '" + action + "' is not one of " + effective;
  }

  private static String missingInputs(List<Input> inputs, Event e) {
    for (Input i : inputs) {
      if (i.isRequired() && i.defaultValue() == null && !e.inputs.containsKey(i.name())) {
        return "required input '" + i.name() + "' is missing";
      }
      Value given = e.inputs.get(i.name());
      if (given != null && !i.options().isEmpty() && !i.options().contains(given.asText())) {
        return "input '" + i.name() + "' is '" + given.asText() + "', not one of " + i.options();
      }
    }
    for (String name : e.inputs.keySet()) {
      if (inputs.stream().noneMatch(i -> i.name().equals(name))) {
        return "input '" + name + "' is not declared (declared: " + inputs.stream().map(Input::name).toList() + ")";
      }
    }
    return null;
  }

  private static String workflowRun(WorkflowRunTrigger w, Event e) {
    Value run = e.payload.get("workflow_run");
    String name = run.get("name").asText();
    if (!w.workflows().isEmpty() && !w.workflows().contains(name)) {
      return "workflow_run of '" + name + "' is not one of " + w.workflows();
    }
    String branch = run.get("head_branch").asText();
    String rejected = refFilters("branch", branch, w.branches(), w.branchesIgnore());
    return rejected != null ? rejected : types(w.types(), List.of(), e.action);
  }
}
