package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.ManifestReader;
import dev.gha4j.codegen.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real workflows under {@code src/test/resources/corpus} and the repository's action manifests. */
final class Corpus {
  private Corpus() {}

  static Path dir() {
    try {
      return Path.of(Corpus.class.getResource("/corpus/SOURCES.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every workflow file of the corpus, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> list = Files.list(dir())) {
      return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path manifests() {
    return RepositoryFiles.manifests();
  }

  static Bindings bindings() {
    return Bindings.of(ManifestReader.read(manifests()));
  }
}
