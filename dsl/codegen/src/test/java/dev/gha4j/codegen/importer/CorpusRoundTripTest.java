package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real workflow of the corpus, imported by {@code make import} ({@link CorpusBatch}, with
 * the migration baseline): to Java, compiled, run, rendered, and compared with the original after normalising
 * only what GitHub treats as equal ({@link GitHubEquivalence}). The Java must also reproduce
 * exactly the model the reader built, so the writer loses nothing; and {@code make generate}
 * (the validator and the policy rules) must write nearly all of them as imported.
 */
class CorpusRoundTripTest {
  /**
   * Files that do not round-trip yet, and why. Each must still fail (so the list cannot go
   * stale); every other file must pass.
   */
  static final Map<String, String> KNOWN_GAPS = Map.of(
      "BurntSushi__ripgrep__ci.yml",
      "jobs.test.env.TARGET_FLAGS is YAML null; gha4j's env holds text, so it is imported as the empty string",
      "helm__helm__release.yml",
      "on.create.tags: gha4j models no filters for the create event (GitHub documents none either)");

  private static Map<String, RoundTrip.Result> results;

  @BeforeAll
  static void importTheCorpus() {
    long start = System.nanoTime();
    results = CorpusBatch.get().roundTrip(RoundTrip.texts(Corpus.files()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long passed = results.values().stream().filter(RoundTrip.Result::passed).count();
    long written = results.values().stream().filter(RoundTrip.Result::written).count();
    System.out.printf("import round trip: %d of %d corpus workflows in %d ms (import %d ms, javac %d ms);"
        + " make generate writes %d of them as imported%n",
        passed, results.size(), millis, RoundTrip.importMillis, RoundTrip.compileMillis, written);
    results.values().stream().filter(r -> r.passed() && !r.written())
        .forEach(r -> System.out.println("  generate on " + r.file() + ": " + r.problems()));
  }

  static Stream<String> corpus() {
    return Corpus.files().stream().map(p -> p.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void roundTripsSemantically(String file) {
    RoundTrip.Result result = results.get(file);
    String gap = KNOWN_GAPS.get(file);
    if (gap != null) {
      assertThat(result.passed())
          .as("%s is listed in KNOWN_GAPS (%s) but now round-trips: remove it from the list", file, gap)
          .isFalse();
    } else {
      assertThat(result.outcome())
          .as("%s: %s%n%s", file, result.detail(), result.java() == null ? "" : result.java())
          .isEqualTo(RoundTrip.Outcome.PASSED);
    }
  }

  @Test
  void atLeast95PercentOfTheCorpusRoundTrips() {
    long passed = results.values().stream().filter(RoundTrip.Result::passed).count();

    assertThat(passed * 100.0 / results.size()).as("percentage of the corpus that round-trips").isGreaterThanOrEqualTo(95.0);
  }

  // The files make generate does not write are refused for mistakes actionlint reports too (a
  // matrix key no matrix defines, needs.x of a job not needed, a retired runner image, an object
  // indexed by a number), each printed by this test; the baseline allows policy findings, never those.
  @Test
  void atLeast95PercentOfTheCorpusIsWrittenByGenerateWithTheBaseline() {
    long written = results.values().stream().filter(RoundTrip.Result::written).count();

    assertThat(written * 100.0 / results.size()).as("percentage of the corpus make generate writes as imported")
        .isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void theBaselineLeavesNoPolicyFindingForGenerate() {
    List<String> policy = results.values().stream().flatMap(r -> r.problems().stream())
        .filter(p -> p.startsWith("[GHA")).toList();

    assertThat(policy).isEmpty();
  }

  @Test
  void knownGapsNameFilesOfTheCorpus() {
    List<String> files = corpus().toList();

    assertThat(files).containsAll(KNOWN_GAPS.keySet());
  }

  @Test
  void theCorpusIsLargeEnoughAndEveryFileHasItsSource() {
    String sources = Corpus.read(Corpus.dir().resolve("SOURCES.md"));

    assertThat(Corpus.files()).hasSizeGreaterThanOrEqualTo(40);
    for (Path file : Corpus.files()) {
      assertThat(sources).as("SOURCES.md names %s", file.getFileName()).contains("| " + file.getFileName() + " |");
    }
  }
}
