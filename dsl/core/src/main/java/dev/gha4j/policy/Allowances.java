package dev.gha4j.policy;

import dev.gha4j.model.Allowance;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import dev.gha4j.api.WorkflowCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code .allow(rule, reason)}: an allowance on a workflow covers the workflow and all its
 * jobs and steps, on a job covers the job and its steps, on a step covers that step. An allowance
 * without a reason is an error and covers nothing; one that covers no finding is stale and
 * reported as a warning, so suppressions do not outlive their cause.
 */
final class Allowances {
  private Allowances() {}

  /** An allowance and the element it sits on (job and step null for the workflow). */
  private record Placed(Allowance allowance, Job job, Step step, String element) {
    boolean valid() {
      return allowance.reason() != null && !allowance.reason().isBlank();
    }
  }

  /**
   * Where an allowance sits and which rule it names: a workflow allowance covers every finding of
   * its rule, a job's those of the job, a step's those of that step in that job. Elements compare
   * by identity (two equal steps in different places are different places), hence no record.
   */
  private static final class Key {
    private final Job job;
    private final Step step;
    private final String ruleId;

    Key(Job job, Step step, String ruleId) {
      this.job = job;
      this.step = step;
      this.ruleId = ruleId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.job == job && k.step == step && k.ruleId.equals(ruleId);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(job) * 31 + System.identityHashCode(step)) * 31 + ruleId.hashCode();
    }
  }

  static WorkflowCheck.Findings apply(Workflow w, List<Finding> findings) {
    List<Placed> placed = placed(w);
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    boolean[] used = new boolean[placed.size()];
    for (Finding f : uncovered(placed, findings, used)) {
      Problem p = new Problem(f.location(), f.message());
      (f.severity() == Severity.ERROR ? errors : warnings).add(p);
    }
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      String id = p.allowance().ruleId();
      if (!p.valid()) {
        errors.add(new Problem(p.allowance().location(), "allow(" + id + ") on " + p.element()
            + " has no reason; fix: write why the rule does not apply here, for the reviewer who reads it in the YAML"));
      } else if (!used[i] && Rule.byId(id) != null) {
        warnings.add(new Problem(p.allowance().location(), "allow(" + id + ") on " + p.element()
            + " suppresses nothing: no " + id + " finding there; fix: remove the allowance"));
      }
    }
    errors.sort(Problem.ORDER);
    warnings.sort(Problem.ORDER);
    return new WorkflowCheck.Findings(errors, warnings);
  }

  /** The findings no valid allowance of {@code w} covers, in the order given. */
  static List<Finding> uncovered(Workflow w, List<Finding> findings) {
    List<Placed> placed = placed(w);
    return uncovered(placed, findings, new boolean[placed.size()]);
  }

  // Marks in `used` the allowances that cover a finding.
  private static List<Finding> uncovered(List<Placed> placed, List<Finding> findings, boolean[] used) {
    // Indexed, not compared pairwise: a big workflow can have many findings and many allowances.
    Map<Key, List<Integer>> valid = new HashMap<>();
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      if (p.valid()) valid.computeIfAbsent(new Key(p.job(), p.step(), p.allowance().ruleId()), k -> new ArrayList<>()).add(i);
    }
    List<Finding> left = new ArrayList<>();
    for (Finding f : findings) {
      boolean covered = false;
      if (!valid.isEmpty()) {
        String id = f.rule().id();
        covered = cover(valid.get(new Key(null, null, id)), used);
        if (f.job() != null) covered |= cover(valid.get(new Key(f.job(), null, id)), used);
        if (f.step() != null) covered |= cover(valid.get(new Key(f.job(), f.step(), id)), used);
      }
      if (!covered) left.add(f);
    }
    return left;
  }

  // Marks the allowances as used; true when there is one.
  private static boolean cover(List<Integer> allowances, boolean[] used) {
    if (allowances == null) return false;
    for (int i : allowances) used[i] = true;
    return true;
  }

  private static List<Placed> placed(Workflow w) {
    List<Placed> all = new ArrayList<>();
    for (Allowance a : w.allowances()) all.add(new Placed(a, null, null, "workflow '" + w.file() + "'"));
    for (Job j : w.jobs()) {
      for (Allowance a : j.allowances()) all.add(new Placed(a, j, null, "job '" + j.id() + "'"));
      for (Step s : j.steps()) {
        for (Allowance a : s.allowances()) all.add(new Placed(a, j, s, "step '" + s.displayName() + "'"));
      }
    }
    return all;
  }
}
