package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * actionlint's own error corpus ({@code testdata/err}, vendored under
 * {@code src/test/resources/actionlint-err}), written with gha4j's API by importing each file, and
 * what gha4j makes of it: refused by the validator, refused by javac (the API cannot say the
 * mistake), not sayable with the API at all, or accepted. {@code expected.tsv} holds the outcome of
 * every file; a change in it is a change in what gha4j catches, reviewed as a diff
 * ({@code -Dgha4j.corpus.update=true} rewrites it).
 */
class ActionlintErrorCorpusTest {
  /** What happened to one workflow. */
  enum Outcome { REFUSED, DOES_NOT_COMPILE, CANNOT_BE_SAID, ACCEPTED }

  private static Path dir() {
    try {
      return Path.of(ActionlintErrorCorpusTest.class.getResource("/actionlint-err/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyWorkflowOfActionlintsErrorCorpusHasItsKnownOutcome() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir())) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Map<String, RoundTrip.Result> results = RoundTrip.runWithBaseline(RoundTrip.texts(files));
    Map<String, String> actual = new TreeMap<>();
    results.forEach((file, r) -> actual.put(file, outcome(r) + "\t" + detail(r)));
    Path expectedFile = Path.of("src/test/resources/actionlint-err/expected.tsv");
    if (Boolean.getBoolean("gha4j.corpus.update")) write(expectedFile, actual);
    Map<Outcome, Long> counts = actual.values().stream()
        .collect(Collectors.groupingBy(v -> Outcome.valueOf(v.substring(0, v.indexOf('\t'))), TreeMap::new,
            Collectors.counting()));
    System.out.println("actionlint testdata/err: " + actual.size() + " workflows: " + counts);
    assertThat(actual).isEqualTo(read(expectedFile));
  }

  private static Outcome outcome(RoundTrip.Result r) {
    return switch (r.outcome()) {
      case IMPORT_FAILED, WRITER_NOT_EXACT, DIFFERENT -> Outcome.CANNOT_BE_SAID;
      case COMPILE_FAILED -> Outcome.DOES_NOT_COMPILE;
      case RUN_FAILED -> Outcome.REFUSED;
      case PASSED -> r.problems().isEmpty() ? Outcome.ACCEPTED : Outcome.REFUSED;
    };
  }

  // The first problem, or why the API cannot say it; one line.
  private static String detail(RoundTrip.Result r) {
    String d = r.outcome() == RoundTrip.Outcome.PASSED
        ? (r.problems().isEmpty() ? "" : r.problems().get(0)) : r.detail();
    d = d.replaceAll("\\s+", " ").strip();
    return d.length() > 160 ? d.substring(0, 160) : d;
  }

  private static Map<String, String> read(Path file) {
    Map<String, String> m = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        m.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  private static void write(Path file, Map<String, String> outcomes) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "# file\toutcome\tfirst problem, or why gha4j's API cannot say it (ActionlintErrorCorpusTest)"));
    Map<String, String> sorted = new LinkedHashMap<>(outcomes);
    sorted.forEach((f, o) -> lines.add(f + "\t" + o));
    Files.write(file, lines);
  }
}
