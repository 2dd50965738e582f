package dev.gha4j.codegen.importer;

import dev.gha4j.model.Allowance;
import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Finding;
import dev.gha4j.policy.Policies;
import dev.gha4j.policy.Rule;
import dev.gha4j.policy.Severity;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration baseline: for every policy rule an imported workflow breaks (errors only, which
 * would stop {@code make generate}), an allowance on the narrowest element that breaks it (step,
 * job or workflow), with the reason {@link Allowance#IMPORTED_REASON}. The workflow then generates
 * at once, and each allowance is a visible to-do in the Java.
 */
final class Baseline {
  static final Baseline NONE = new Baseline(Map.of());

  private final Map<List<String>, Set<Rule>> rules;

  private Baseline(Map<List<String>, Set<Rule>> rules) {
    this.rules = rules;
  }

  /** The allowances {@code w} needs, placed by path ({@code []}, {@code [jobs, id]}, {@code [jobs, id, steps, n]}). */
  static Baseline of(Workflow w) {
    Map<List<String>, Set<Rule>> rules = new LinkedHashMap<>();
    for (Finding f : Policies.standard().uncovered(w)) {
      if (f.rule().severity() != Severity.ERROR) continue;
      rules.computeIfAbsent(place(w, f), k -> EnumSet.noneOf(Rule.class)).add(f.rule());
    }
    return new Baseline(rules);
  }

  // Findings name their job and step by identity; the model's lists hold those very objects.
  private static List<String> place(Workflow w, Finding f) {
    if (f.job() == null) return List.of();
    Job job = f.job();
    for (int i = 0; f.step() != null && i < job.steps().size(); i++) {
      if (job.steps().get(i) == f.step()) return List.of("jobs", job.id(), "steps", String.valueOf(i));
    }
    return List.of("jobs", job.id());
  }

  /** The allowances for the element at {@code path}. */
  List<Comments.Allowance> at(List<String> path) {
    Set<Rule> found = rules.get(path);
    if (found == null) return List.of();
    return found.stream().map(r -> new Comments.Allowance(r.id(), Allowance.IMPORTED_REASON)).toList();
  }

  /** How many allowances the baseline adds. */
  int size() {
    return rules.values().stream().mapToInt(Set::size).sum();
  }
}
