package dev.gha4j.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a counterexample of {@link Differential} small: sets its decisions to 0 (no optional part,
 * the plainest option) one at a time, keeps each change after which the same rule is still broken,
 * and repeats until no change helps. The candidates of one round go to the tools together.
 */
final class Shrinker {
  private static final int ROUNDS = 40;

  private final GitHubTools tools;

  Shrinker(GitHubTools tools) {
    this.tools = tools;
  }

  Differential.Case shrink(Differential.Case failing) {
    Differential.Case best = failing;
    String rule = rule(failing);
    for (int round = 0; round < ROUNDS; round++) {
      int[] d = best.decisions();
      List<Differential.Case> candidates = new ArrayList<>();
      for (int i = 0; i < d.length; i++) {
        if (d[i] == 0) continue;
        int[] smaller = d.clone();
        smaller[i] = 0;
        candidates.add(Differential.start(smaller, "shrink.yml", tools));
      }
      tools.flush();
      Differential.Case next = null;
      for (Differential.Case c : candidates) {
        if (next == null && rule.equals(rule(c))) next = c;
        c.verdict().join(); // wait for all: the tools answer in order
      }
      if (next == null) return best;
      best = next;
    }
    return best;
  }

  private static String rule(Differential.Case c) {
    String v = Differential.violation(c);
    return v == null ? "" : v.substring(0, 1);
  }
}
