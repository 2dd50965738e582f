package dev.gha4j.policy;

import dev.gha4j.model.Allowance;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Problem;
import java.util.ArrayList;
import java.util.List;

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
    boolean covers(Finding f) {
      if (!f.rule().id().equals(allowance.ruleId())) return false;
      if (job == null) return true;
      if (job != f.job()) return false;
      return step == null || step == f.step();
    }

    boolean valid() {
      return allowance.reason() != null && !allowance.reason().isBlank();
    }
  }

  static Policies.Report apply(Workflow w, List<Finding> findings) {
    List<Placed> placed = placed(w);
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    boolean[] used = new boolean[placed.size()];
    for (Finding f : findings) {
      boolean covered = false;
      for (int i = 0; i < placed.size(); i++) {
        if (placed.get(i).valid() && placed.get(i).covers(f)) {
          used[i] = true;
          covered = true;
        }
      }
      if (covered) continue;
      Problem p = new Problem(f.location(), f.message());
      (f.rule().severity() == Severity.ERROR ? errors : warnings).add(p);
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
    return new Policies.Report(errors, warnings);
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
