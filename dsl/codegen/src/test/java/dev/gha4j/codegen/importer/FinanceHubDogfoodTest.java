package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.RepositoryFiles;
import dev.gha4j.generate.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gha4j's own output imported back: each committed {@code generated/.github/workflows/*.yml}
 * becomes Java that generates the same bytes again, except the header, which names the class.
 */
class FinanceHubDogfoodTest {
  static Stream<Path> committedWorkflows() throws IOException {
    Path dir = RepositoryFiles.root().resolve("generated/.github/workflows");
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committedWorkflows")
  void importedJavaRegeneratesTheSameBytes(Path workflow) {
    String name = workflow.getFileName().toString();
    String yaml = read(workflow);

    RoundTrip.Result result = RoundTrip.run(Map.of(name, yaml)).get(name);

    assertThat(result.outcome()).as(result.detail()).isEqualTo(RoundTrip.Outcome.PASSED);
    assertThat(result.java()).as("SHA-pinned actions with a manifest become typed bindings")
        .contains("import dev.gha4j.actions.");
    assertThat(withoutHeader(result.yaml())).isEqualTo(withoutHeader(yaml));
  }

  /** The text after the generator's header lines, which differ only in the class they name. */
  static String withoutHeader(String yaml) {
    int header = Header.lines(Object.class).size();
    List<String> lines = yaml.lines().toList();
    assertThat(lines.get(0)).startsWith(Header.MARK);
    return lines.stream().skip(header).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
