package dev.gha4j.actions;

import dev.gha4j.api.Problem;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code with:} keys an action does not have, for steps that use an action gha4j has a manifest for
 * by its ref ({@code Step.uses("actions/setup-python@v5").with("pyton-version", ...)}) instead of
 * its typed binding, which would not compile. Input names are compared without case, as the
 * runner reads them. Add it to the checks generation runs, next to the policy rules.
 */
public final class ActionInputsCheck implements WorkflowCheck {
  @Override
  public List<Problem> check(Workflow workflow) {
    List<Problem> problems = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        String action = action(step.uses());
        List<String> inputs = action == null ? null : KnownActions.inputs(action);
        if (inputs == null) continue;
        for (String key : step.with().keySet()) {
          if (inputs.stream().noneMatch(key::equalsIgnoreCase)) {
            problems.add(new Problem(step.location(), "with." + key + ": " + action + " has no input '" + key + "'"
                + nearest(key, inputs) + " (inputs: " + String.join(", ", inputs) + ")"));
          }
        }
      }
    }
    return problems;
  }

  /** {@code owner/repo[/path]} of a {@code uses:} value that names a repository action, or null. */
  static String action(String uses) {
    if (uses == null || uses.startsWith("./") || uses.startsWith("docker://")) return null;
    int at = uses.indexOf('@');
    return at < 0 ? uses : uses.substring(0, at);
  }

  private static String nearest(String key, List<String> inputs) {
    String lower = key.toLowerCase(Locale.ROOT).replace('_', '-');
    for (String input : inputs) {
      String other = input.toLowerCase(Locale.ROOT);
      if (other.replace('_', '-').equals(lower) || close(lower, other)) return "; fix: did you mean '" + input + "'?";
    }
    return "; fix: use one of its inputs, or its typed binding, where a wrong input does not compile";
  }

  // One letter more, fewer, swapped or changed.
  private static boolean close(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
    String restA = a.substring(Math.min(i, a.length()));
    String restB = b.substring(Math.min(i, b.length()));
    if (restA.length() == restB.length()) {
      return restA.length() <= 1 || restA.substring(1).equals(restB.substring(1))
          || restA.length() >= 2 && restA.charAt(0) == restB.charAt(1) && restA.charAt(1) == restB.charAt(0)
              && restA.substring(2).equals(restB.substring(2));
    }
    return restA.length() > restB.length() ? restA.substring(1).equals(restB) : restB.substring(1).equals(restA);
  }
}
