package dev.gha4j.validate;

import dev.gha4j.model.Job;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * The element of the model (workflow, trigger, job, step) a place in the written tree was made
 * for, found by its path, so that a problem there names the pipeline line that made it.
 */
final class Elements {
  private final Workflow workflow;
  private final Map<String, Job> jobs;

  /** {@code jobs}: the workflow's jobs by id ({@link NeedsGraph#jobs}). */
  Elements(Workflow workflow, Map<String, Job> jobs) {
    this.workflow = workflow;
    this.jobs = jobs;
  }

  /**
   * The line that made the element at {@code path}, or null when {@code path} is inside one;
   * {@code index} is the last segment's position when it is a list item ({@code [3]}).
   */
  SourceLocation at(List<String> path, int index) {
    int n = path.size();
    if (n == 0) return workflow.location();
    if (n == 2 && path.get(0).equals("on")) {
      for (Trigger t : workflow.triggers()) if (t.event().equals(path.get(1))) return t.location();
      return null;
    }
    if (!path.get(0).equals("jobs") || n != 2 && n != 4) return null;
    Job job = jobs.get(path.get(1));
    if (job == null || n == 2) return job == null ? null : job.location();
    if (!path.get(2).equals("steps") || index < 0) return null;
    return index < job.steps().size() ? job.steps().get(index).location() : null;
  }
}
