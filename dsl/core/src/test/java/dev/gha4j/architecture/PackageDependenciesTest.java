package dev.gha4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages import each other in one direction only (docs/architecture.md draws it);
 * modules above the core may import any core package, and Maven keeps modules free of cycles.
 */
class PackageDependenciesTest {

  /** What each core package may import; a package missing here may not exist in the core. */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "source", Set.of(),
      "expr", Set.of(),
      "model", Set.of("source", "expr"),
      "api", Set.of("source", "expr", "model"),
      "emit", Set.of("source", "expr", "model"),
      "validate", Set.of("source", "expr", "model", "api", "emit"),
      "policy", Set.of("source", "expr", "model", "api"),
      "generate", Set.of("source", "expr", "model", "api", "emit", "validate"));

  private static final Pattern PACKAGE = Pattern.compile("^package dev\\.gha4j\\.([a-z]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.gha4j\\.([a-z]+)(?:\\.[a-z]+)*\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void everyCorePackageImportsOnlyThePackagesBelowIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    Path sources = Path.of("src/main/java/dev/gha4j");
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> check(f, wrong));
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theRuleSeesAnImportThatGoesUp() {
    List<String> wrong = new ArrayList<>();
    check("package dev.gha4j.emit;\nimport dev.gha4j.policy.Rule;\nimport java.util.List;\n", "X.java", wrong);
    assertThat(wrong).containsExactly("X.java: package emit imports dev.gha4j.policy, which emit may not import "
        + "(it may import: [expr, model, source])");
  }

  private static void check(Path file, List<String> wrong) {
    try {
      check(Files.readString(file), file.toString(), wrong);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(String source, String file, List<String> wrong) {
    Matcher p = PACKAGE.matcher(source);
    if (!p.find()) {
      wrong.add(file + ": not in a direct subpackage of dev.gha4j");
      return;
    }
    String own = p.group(1);
    Set<String> allowed = ALLOWED.get(own);
    if (allowed == null) {
      wrong.add(file + ": package " + own + " is not one of the core's packages " + ALLOWED.keySet());
      return;
    }
    Matcher i = IMPORT.matcher(source);
    while (i.find()) {
      String used = i.group(1);
      if (!used.equals(own) && !allowed.contains(used)) {
        wrong.add(file + ": package " + own + " imports dev.gha4j." + used + ", which " + own
            + " may not import (it may import: " + allowed.stream().sorted().toList() + ")");
      }
    }
  }
}
