package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code make import FROM=<the corpus>} ({@link CorpusBatch}): the whole directory in one run, in
 * process, as a team migrating a repository would start. Every file gets its line and the run goes
 * to the end.
 */
class CorpusBatchImportTest {
  /** The files the importer refuses, with the line it names; each refusal says why. */
  static final Map<String, String> REFUSED = Map.of(
      "helm__helm__release.yml", "helm__helm__release.yml:4: on.create.tags: gha4j does not model this key here");

  @Test
  void everyFileOfTheCorpusIsImportedOrRefusedWithItsLineAndTheRunGoesOn() {
    CorpusBatch batch = CorpusBatch.get();
    Path pkg = batch.java();

    List<String> lines = batch.output();
    List<String> perFile = lines.stream().filter(l -> l.startsWith("imported ") || l.startsWith("failed ")).toList();
    List<Path> files = Corpus.files();
    assertThat(perFile).hasSameSizeAs(files);
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      String refused = REFUSED.get(name);
      if (refused != null) {
        assertThat(perFile.get(i)).isEqualTo("failed " + refused);
      } else {
        String java = dev.gha4j.codegen.DisplayPath.of(pkg.resolve(Names.className(name) + ".java"));
        assertThat(perFile.get(i)).startsWith("imported " + name + " -> " + java)
            .matches(".*\\.java( \\(\\d+ imported allowances?\\))?");
      }
    }
    assertThat(lines.stream().filter(l -> l.startsWith("  ")))
        .allMatch(l -> l.startsWith("  check: ") && files.stream().anyMatch(f -> l.contains(f.getFileName() + ":")));
    assertThat(lines).contains((files.size() - REFUSED.size()) + " imported, 0 skipped, " + REFUSED.size() + " failed.");
    assertThat(batch.code()).as("a refused file makes the run fail, at the end").isEqualTo(1);
    assertThat(batch.errors()).isEmpty();
  }
}
