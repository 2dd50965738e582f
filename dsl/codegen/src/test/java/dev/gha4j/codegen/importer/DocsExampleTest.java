package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.RepositoryFiles;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The before/after in docs/importing.md is what the importer really writes for that corpus file. */
class DocsExampleTest {
  @Test
  void theJavaInTheDocsIsTheImportersOutput() {
    String docs = Corpus.read(RepositoryFiles.root().resolve("docs/importing.md"));
    String marker = "writes, unedited:\n\n```java\n";
    int start = docs.indexOf(marker) + marker.length();
    String shown = docs.substring(start, docs.indexOf("```", start));
    String yaml = Corpus.read(Corpus.dir().resolve("apache__commons-lang__maven.yml"));

    String imported = new Importer(Corpus.bindings(), ImportTarget.DEFAULT_PACKAGE).withBaseline()
        .importWorkflow("maven.yml", yaml).source();

    // The docs shorten the licence header; everything from the package line on must match.
    assertThat(fromPackage(shown)).isEqualTo(fromPackage(imported));
    assertThat(docs).contains(yaml.substring(yaml.indexOf("name: Java CI")));
  }

  private static String fromPackage(String java) {
    return java.lines().dropWhile(line -> !line.startsWith("package ")).collect(Collectors.joining("\n"));
  }
}
