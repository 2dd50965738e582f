package dev.gha4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The validator against GitHub's own parser and actionlint, on random workflows made through the
 * model ({@link RandomWorkflow}): see {@link Differential} for what must agree. All cases go
 * through one Node process. A counterexample is shrunk ({@link Shrinker}) and printed with its
 * YAML and every tool's findings; shrunk counterexamples become unit tests.
 *
 * <p>{@code -Dgha4j.differential.cases=50000} runs more cases (default 2,000; {@code make fuzz}
 * runs 50,000 with a fresh seed); {@code -Dgha4j.differential.seed=N} another seed.
 */
class DifferentialPropertyTest {
  private static final int CASES = Integer.getInteger("gha4j.differential.cases", 2_000);
  private static final long SEED = Long.getLong("gha4j.differential.seed", 20_260_501L);
  private static final int SHOWN = 3;
  private static final int WINDOW = 1_000;

  /** What a run saw: how many workflows each check refused, and one message of each kind. */
  private static final class Tally {
    int refused;
    int parserRejects;
    final Map<String, Integer> byCheck = new TreeMap<>();
    final Map<String, String> samples = new TreeMap<>();
    final List<Differential.Case> failing = new ArrayList<>();

    void add(Differential.Case c) {
      if (!c.findings().isEmpty()) refused++;
      c.findings().stream().map(f -> f.check().id()).distinct().forEach(id -> byCheck.merge(id, 1, Integer::sum));
      // -Dgha4j.differential.samples=true: one message per check and shape, to tune the generator.
      if (Boolean.getBoolean("gha4j.differential.samples")) {
        c.findings().forEach(f -> samples.putIfAbsent(f.check().id() + " " + shape(f.problem().message()),
            f.problem().message()));
      }
      if (c.verdict().join() != null && c.verdict().join().parserRejects()) parserRejects++;
      if (Differential.violation(c) != null) failing.add(c);
    }

    private static String shape(String message) {
      String s = message.replaceAll("'[^']*'", "''");
      return s.substring(0, Math.min(60, s.length()));
    }
  }

  @Test
  void theValidatorAgreesWithGitHubsParserAndActionlint() {
    Tally tally = new Tally();
    try (GitHubTools tools = GitHubTools.start()) {
      // A window of cases in flight: Java makes the next while Node checks the earlier ones, and a
      // 50,000-case run keeps only the window (and the counterexamples) in memory.
      ArrayDeque<Differential.Case> window = new ArrayDeque<>();
      for (int i = 0; i < CASES || !window.isEmpty(); i++) {
        if (i < CASES) {
          window.add(Differential.start(Choices.random(SEED * 1_000_003L + i), "w" + i + ".yml", tools));
          if (i % 64 == 63 || i == CASES - 1) tools.flush();
        }
        if (window.size() >= WINDOW || i >= CASES) tally.add(window.poll());
      }
      System.out.printf(Locale.ROOT, "differential: %d workflows (seed %d), %d refused by gha4j, %d rejected by"
          + " GitHub's parser, %d counterexamples%nworkflows per check: %s%n", CASES, SEED, tally.refused,
          tally.parserRejects, tally.failing.size(), tally.byCheck);
      tally.samples.forEach((k, v) -> System.out.println("sample " + k.substring(0, k.indexOf(' ')) + ": " + v));
      List<String> shown = new ArrayList<>();
      for (Differential.Case c : tally.failing.subList(0, Math.min(SHOWN, tally.failing.size()))) {
        shown.add(Differential.describe(new Shrinker(tools).shrink(c)));
      }
      assertThat(tally.failing.size()).as("counterexamples; the first %d, shrunk:%n%s", shown.size(),
          String.join("\n\n", shown)).isZero();
    }
    // Both kinds must occur, or the generator has stopped making mistakes (or valid workflows).
    assertThat(tally.refused).as("refused").isBetween(CASES / 5, CASES - CASES / 10);
  }
}
