package dev.gha4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use gha4j in your repository" shows the example repository's pom and workflow
 * class; they must be what {@code examples/new-repository} really has (the integration tests run
 * that repository, so what the README shows works).
 */
class ExampleInReadmeTest {
  static final Path ROOT = repositoryRoot();
  static final Path EXAMPLE = ROOT.resolve("examples/new-repository");

  @Test
  void theReadmesPomSnippetIsPartOfTheExamplesPom() throws IOException {
    List<String> snippet = trimmed(block("xml"));
    List<String> pom = trimmed(read(EXAMPLE.resolve("pom.xml")));
    assertThat(snippet).hasSizeGreaterThan(10);
    assertThat(String.join("\n", pom)).contains(String.join("\n", snippet));
  }

  @Test
  void theReadmesWorkflowClassIsTheExamplesWorkflowClass() throws IOException {
    assertThat(block("java")).isEqualTo(read(EXAMPLE.resolve("src/main/java/com/example/workflows/Ci.java")));
  }

  @Test
  void theExampleUsesThisBuildsGha4jVersion() throws IOException {
    Matcher parent = Pattern.compile("<artifactId>gha4j-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(read(ROOT.resolve("pom.xml")));
    assertThat(parent.find()).isTrue();
    assertThat(read(EXAMPLE.resolve("pom.xml"))).contains("<gha4j.version>" + parent.group(1) + "</gha4j.version>");
  }

  @Test
  void theExamplesWorkflowIsCommitted() {
    assertThat(EXAMPLE.resolve(".github/workflows/ci.yml")).isRegularFile();
  }

  /** The first fenced block of {@code language} in the README's section about other repositories. */
  private static String block(String language) throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    int section = readme.indexOf("\n## Use gha4j in your repository\n");
    assertThat(section).as("README section 'Use gha4j in your repository'").isPositive();
    int end = readme.indexOf("\n## ", section + 1);
    Matcher fence = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL)
        .matcher(readme.substring(section, end < 0 ? readme.length() : end));
    assertThat(fence.find()).as("a ```%s block in that section", language).isTrue();
    return fence.group(1);
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("examples"))) return p;
    }
    throw new IllegalStateException("no README.md with examples/ above " + Path.of("").toAbsolutePath());
  }
}
