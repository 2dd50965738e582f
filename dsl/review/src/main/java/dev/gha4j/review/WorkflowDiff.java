package dev.gha4j.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The semantic changes between two versions of one workflow, as summary lines: those that need a
 * security reviewer first, each group in the order of the file.
 */
final class WorkflowDiff {
  /** Events that run with secrets and a write token on behalf of code the repository did not review. */
  private static final Set<String> PRIVILEGED_EVENTS = Set.of("pull_request_target", "workflow_run");

  private final WorkflowView before;
  private final WorkflowView after;
  private final List<Finding> out = new ArrayList<>();

  private WorkflowDiff(WorkflowView before, WorkflowView after) {
    this.before = before;
    this.after = after;
  }

  /** The findings, security ones first; empty when the two differ only in layout. */
  static List<Finding> between(WorkflowView before, WorkflowView after) {
    WorkflowDiff diff = new WorkflowDiff(before, after);
    if (!Objects.equals(before.name(), after.name()) && !before.jobs().isEmpty()) {
      diff.out.add(new Finding(false, "workflow renamed: " + JobDiff.value(before.name()) + " → "
          + JobDiff.value(after.name())));
    }
    diff.triggers();
    if (!before.concurrency().equals(after.concurrency())) {
      diff.out.add(new Finding(true, "concurrency of the workflow changed: " + JobDiff.value(before.concurrency())
          + " → " + JobDiff.value(after.concurrency())));
    }
    for (String secret : after.secrets()) {
      if (!before.secrets().contains(secret)) {
        diff.out.add(new Finding(true, "secret " + Markdown.code(secret)
            + " newly referenced at the top of the workflow (every job can read it)"));
      }
    }
    diff.topSettings();
    diff.jobs();
    diff.actions();
    List<Finding> sorted = Finding.merged(diff.out);
    sorted.sort(Comparator.comparing(f -> !f.security()));
    return sorted;
  }

  private void triggers() {
    Map<String, TriggerView> was = new LinkedHashMap<>();
    for (TriggerView t : before.triggers()) was.put(t.event(), t);
    Set<String> now = new LinkedHashSet<>();
    for (TriggerView t : after.triggers()) {
      now.add(t.event());
      TriggerView old = was.get(t.event());
      String event = Markdown.code(t.event());
      if (old == null) {
        boolean privileged = PRIVILEGED_EVENTS.contains(t.event());
        out.add(new Finding(privileged, "trigger added: " + event + (t.summary().isEmpty() ? "" : " (" + t.summary() + ")")
            + (privileged ? "; it runs with secrets and a write token, also for changes from forks" : "")));
      } else if (!old.settings().equals(t.settings())) {
        out.add(new Finding(false, "trigger " + event + " changed: " + JobDiff.value(old.settings()) + " → "
            + JobDiff.value(t.settings())));
      }
    }
    for (String event : was.keySet()) {
      if (!now.contains(event)) out.add(new Finding(false, "trigger removed: " + Markdown.code(event)));
    }
  }

  private void topSettings() {
    TreeSet<String> keys = new TreeSet<>(before.settings().keySet());
    keys.addAll(after.settings().keySet());
    List<String> changed = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(before.settings().get(key), after.settings().get(key))) changed.add(Markdown.code(key));
    }
    if (!changed.isEmpty() && !before.jobs().isEmpty()) {
      out.add(new Finding(false, "other settings of the workflow changed: " + String.join(", ", changed)));
    }
  }

  private void jobs() {
    Map<String, String> oldIdOf = renames();
    Set<String> matched = new TreeSet<>();
    for (JobView job : after.jobs().values()) {
      String oldId = before.jobs().containsKey(job.id()) ? job.id() : oldIdOf.get(job.id());
      if (oldId == null) {
        out.add(new Finding(false, "job added: " + Markdown.code(job.id())
            + (job.name() == null ? "" : " (" + Markdown.code(job.name()) + ")")
            + (job.condition() == null ? "" : ", if " + Markdown.code(job.condition().text()))));
        JobDiff.compare(null, job, before.permissions(), after.permissions(), out);
        continue;
      }
      matched.add(oldId);
      if (!oldId.equals(job.id())) {
        out.add(new Finding(false, "job renamed: " + Markdown.code(oldId) + " → " + Markdown.code(job.id())));
      }
      JobDiff.compare(before.jobs().get(oldId), job, before.permissions(), after.permissions(), out);
    }
    for (String id : before.jobs().keySet()) {
      if (!matched.contains(id)) out.add(new Finding(false, "job removed: " + Markdown.code(id)));
    }
    edges(oldIdOf);
  }

  /**
   * New job id to old job id for jobs whose id changed: a job removed and a job added with the same
   * {@code name}, or, both without a name, the same steps.
   */
  private Map<String, String> renames() {
    Map<String, String> oldIdOf = new HashMap<>();
    List<JobView> removed = new ArrayList<>();
    for (JobView job : before.jobs().values()) if (!after.jobs().containsKey(job.id())) removed.add(job);
    for (JobView job : after.jobs().values()) {
      if (before.jobs().containsKey(job.id())) continue;
      for (JobView old : removed) {
        boolean sameName = job.name() != null && job.name().equals(old.name());
        boolean sameSteps = job.name() == null && old.name() == null && job.steps().equals(old.steps());
        if (sameName || sameSteps) {
          oldIdOf.put(job.id(), old.id());
          removed.remove(old);
          break;
        }
      }
    }
    return oldIdOf;
  }

  private void edges(Map<String, String> oldIdOf) {
    Map<String, String> newIdOf = new HashMap<>();
    oldIdOf.forEach((newId, oldId) -> newIdOf.put(oldId, newId));
    Set<String> was = new LinkedHashSet<>();
    for (JobView job : before.jobs().values()) {
      for (String need : job.needs()) was.add(edge(newIdOf.getOrDefault(need, need), newIdOf.getOrDefault(job.id(), job.id())));
    }
    Set<String> now = new LinkedHashSet<>();
    for (JobView job : after.jobs().values()) for (String need : job.needs()) now.add(edge(need, job.id()));
    for (String e : now) if (!was.contains(e)) out.add(new Finding(false, "`needs` edge added: " + e));
    for (String e : was) if (!now.contains(e)) out.add(new Finding(false, "`needs` edge removed: " + e));
  }

  private static String edge(String from, String to) {
    return Markdown.code(from) + " → " + Markdown.code(to);
  }

  /**
   * Actions by name across the workflow, a version being the ref it is pinned to (the tag comment
   * is shown, not compared): one not used before at all is new; one whose set of refs changed says
   * from which to which, and which jobs use the new ones.
   */
  private void actions() {
    Map<String, Map<String, String>> was = versions(before);
    Map<String, Map<String, String>> now = versions(after);
    Map<String, Map<String, Set<String>>> jobsOf = jobsByRef(after);
    for (Map.Entry<String, Map<String, String>> e : now.entrySet()) {
      String action = e.getKey();
      Map<String, String> old = was.get(action);
      if (old == null) {
        e.getValue().forEach((ref, version) -> out.add(new Finding(true, "new action " + Markdown.code(action) + " "
            + version + " in ", List.copyOf(jobsOf.get(action).get(ref)), "")));
      } else if (!old.keySet().equals(e.getValue().keySet())) {
        Set<String> users = new TreeSet<>();
        for (String ref : e.getValue().keySet()) if (!old.containsKey(ref)) users.addAll(jobsOf.get(action).get(ref));
        out.add(new Finding(true, "action " + Markdown.code(action) + " changed: " + String.join(", ", old.values())
            + " → " + String.join(", ", e.getValue().values()) + (users.isEmpty() ? "" : " in "), List.copyOf(users), ""));
      }
    }
    for (String action : was.keySet()) {
      if (!now.containsKey(action)) out.add(new Finding(false, "action no longer used: " + Markdown.code(action)));
    }
  }

  /** Action name to ref to the version as people read it ({@code v7.0.1 (3d3c42e)}). */
  private static Map<String, Map<String, String>> versions(WorkflowView w) {
    Map<String, Map<String, String>> versions = new TreeMap<>();
    for (JobView job : w.jobs().values()) {
      for (ActionUse a : job.actions()) versions.computeIfAbsent(a.action(), k -> new TreeMap<>()).putIfAbsent(a.ref(), a.version());
    }
    return versions;
  }

  private static Map<String, Map<String, Set<String>>> jobsByRef(WorkflowView w) {
    Map<String, Map<String, Set<String>>> jobs = new HashMap<>();
    for (JobView job : w.jobs().values()) {
      for (ActionUse a : job.actions()) {
        jobs.computeIfAbsent(a.action(), k -> new HashMap<>()).computeIfAbsent(a.ref(), k -> new LinkedHashSet<>())
            .add(job.id());
      }
    }
    return jobs;
  }
}
