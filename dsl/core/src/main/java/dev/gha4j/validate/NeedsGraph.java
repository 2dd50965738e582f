package dev.gha4j.validate;

import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code needs} between jobs: each target exists, no job needs itself, and there is no cycle. */
final class NeedsGraph {
  private final Workflow workflow;
  private final Findings found;
  private final Map<String, Job> byId = new HashMap<>();

  NeedsGraph(Workflow workflow, Findings found) {
    this.workflow = workflow;
    this.found = found;
    for (Job j : workflow.jobs()) byId.putIfAbsent(j.id(), j);
  }

  /** The workflow's jobs by id; the first of two with one id, as {@link Workflow#job} finds. */
  Map<String, Job> jobs() {
    return byId;
  }

  void check() {
    for (Job job : workflow.jobs()) {
      Set<String> seen = new HashSet<>();
      for (String need : job.needs()) {
        if (!seen.add(need)) {
          found.add(Check.DUPLICATE_NEED, job.location(), "job '" + job.id() + "' needs '" + need + "' twice");
        } else if (need.equals(job.id())) {
          found.add(Check.NEEDS, job.location(), "job '" + job.id() + "' needs itself");
        } else if (!byId.containsKey(need)) {
          found.add(Check.NEEDS, job.location(), "job '" + job.id() + "' needs '" + need
              + "', which is not in workflow '" + workflow.file() + "'; add that job to .jobs(...)");
        }
      }
    }
    findCycles();
  }

  // Iterative depth-first search (a workflow may have thousands of jobs): 0 new, 1 on path, 2 done.
  private void findCycles() {
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (Job root : workflow.jobs()) {
      if (state.getOrDefault(root.id(), 0) != 0) continue;
      List<String> path = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      path.add(root.id());
      next.add(0);
      state.put(root.id(), 1);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        Job job = byId.get(path.get(top));
        int i = next.get(top);
        if (i >= job.needs().size()) {
          state.put(job.id(), 2);
          path.remove(top);
          next.remove(top);
          continue;
        }
        next.set(top, i + 1);
        String need = job.needs().get(i);
        if (!byId.containsKey(need) || need.equals(job.id())) continue;
        int s = state.getOrDefault(need, 0);
        if (s == 1) report(path.subList(path.indexOf(need), path.size()), reported);
        else if (s == 0) {
          state.put(need, 1);
          path.add(need);
          next.add(0);
        }
      }
    }
  }

  private void report(List<String> cycle, Set<String> reported) {
    if (!reported.addAll(cycle)) return;
    String chain = String.join(" -> ", cycle) + " -> " + cycle.get(0);
    Job first = byId.get(cycle.get(0));
    found.add(Check.NEEDS, first.location(), "jobs form a cycle through needs: " + chain
        + "; a job can only need jobs that run before it");
  }
}
