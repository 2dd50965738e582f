package dev.gha4j.codegen.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * zizmor's expected findings as vendored under {@code src/test/resources/zizmor} (see its README):
 * one row per finding of one audit at one line of one test workflow, with the settings zizmor's
 * own test ran it under.
 */
final class ZizmorFindings {
  private ZizmorFindings() {}

  /**
   * One finding zizmor's snapshots expect.
   *
   * @param audit    e.g. {@code template-injection}
   * @param file     the test workflow, relative to {@code workflows/}
   * @param line     the 1-based line zizmor points at
   * @param settings {@code default}, {@code pedantic}, {@code auditor}, {@code config} or {@code online}
   */
  record Expected(String audit, String file, int line, String settings) {
    boolean byDefault() {
      return settings.equals("default");
    }
  }

  static Path dir() {
    try {
      return Path.of(ZizmorFindings.class.getResource("/zizmor/expected-findings.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> all() {
    try {
      return Files.readAllLines(dir().resolve("expected-findings.tsv")).stream()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t"))
          .map(c -> new Expected(c[0], c[1], Integer.parseInt(c[2]), c[4]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String workflow(String file) {
    try {
      return Files.readString(dir().resolve("workflows").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
