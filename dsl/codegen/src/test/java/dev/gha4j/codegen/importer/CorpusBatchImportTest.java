package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make import FROM=<the corpus>}: the whole directory in one run, in process, as a team
 * migrating a repository would start. Every file gets its line and the run goes to the end.
 */
class CorpusBatchImportTest {
  /** The files the importer refuses, with the line it names; each refusal says why. */
  static final Map<String, String> REFUSED = Map.of(
      "helm__helm__release.yml", "helm__helm__release.yml:4: on.create.tags: gha4j does not model this key here");

  @TempDir Path dir;

  @Test
  void everyFileOfTheCorpusIsImportedOrRefusedWithItsLineAndTheRunGoesOn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path pkg = dir.resolve("src/main/java/org/example/workflows");

    int code = ImportCommand.run(new String[] {"--from", Corpus.dir().toString(), "--to", pkg.toString(),
        "--manifests", Corpus.manifests().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> perFile = lines.stream().filter(l -> l.startsWith("imported ") || l.startsWith("failed ")).toList();
    List<Path> files = Corpus.files();
    assertThat(perFile).hasSameSizeAs(files);
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      String refused = REFUSED.get(name);
      if (refused != null) {
        assertThat(perFile.get(i)).isEqualTo("failed " + refused);
      } else {
        String java = shown(pkg.resolve(Names.className(name) + ".java"));
        assertThat(perFile.get(i)).startsWith("imported " + name + " -> " + java)
            .matches(".*\\.java( \\(\\d+ imported allowances?\\))?");
      }
    }
    assertThat(lines.stream().filter(l -> l.startsWith("  ")))
        .allMatch(l -> l.startsWith("  check: ") && files.stream().anyMatch(f -> l.contains(f.getFileName() + ":")));
    assertThat(lines).contains((files.size() - REFUSED.size()) + " imported, 0 skipped, " + REFUSED.size() + " failed.");
    assertThat(code).as("a refused file makes the run fail, at the end").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
  }
}
