package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path workflows() throws IOException {
    Path from = Files.createDirectories(dir.resolve("workflows"));
    Files.writeString(from.resolve("ci.yml"), "name: CI\non: push\njobs:\n  test: {runs-on: x, steps: [run: make test]}\n");
    Files.writeString(from.resolve("release-drafter.yaml"), "on: push\njobs:\n  draft: {runs-on: x, steps: [run: draft]}\n");
    Files.writeString(from.resolve("notes.txt"), "not a workflow");
    return from;
  }

  @Test
  void importsEveryWorkflowOfADirectoryIntoTheDefaultPackage() throws IOException {
    Path root = dir.resolve("src/main/java");

    int code = run("--from", workflows().toString(), "--to", root.toString(), "--manifests", dir.resolve("none").toString());

    Path pkg = root.resolve("com/financehub/pipelines/imported");
    assertThat(code).isZero();
    assertThat(pkg.resolve("CiWorkflow.java")).exists();
    assertThat(Files.readString(pkg.resolve("CiWorkflow.java")))
        .startsWith("package com.financehub.pipelines.imported;")
        .contains("public final class CiWorkflow implements WorkflowSource");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("imported ci.yml -> ", "CiWorkflow.java\n")
        .contains("imported release-drafter.yaml -> ", "ReleaseDrafterWorkflow.java\n")
        .contains("  note: gha4j will generate it as release-drafter.yml")
        .doesNotContain("notes.txt");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no action manifests");
  }

  @Test
  void aPackageDirectoryBelowAJavaRootNamesThePackage() throws IOException {
    Path pkg = dir.resolve("app/src/test/java/org/example/ci");

    run("--from", workflows().resolve("ci.yml").toString(), "--to", pkg.toString());

    assertThat(Files.readString(pkg.resolve("CiWorkflow.java"))).startsWith("package org.example.ci;");
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws IOException {
    Path from = workflows().resolve("ci.yml");
    Path root = dir.resolve("java");
    Path java = root.resolve("com/financehub/pipelines/imported/CiWorkflow.java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "// mine");

    int kept = run("--from", from.toString(), "--to", root.toString(), "--force=0");
    String keptText = Files.readString(java);
    int forced = run("--from", from.toString(), "--to", root.toString(), "--force=1");

    assertThat(kept).isZero();
    assertThat(keptText).isEqualTo("// mine");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("skipped ci.yml -> ", "(exists; FORCE=1 to overwrite)");
    assertThat(forced).isZero();
    assertThat(Files.readString(java)).contains("class CiWorkflow");
  }

  @Test
  void aFileThatCannotBeImportedIsNamedWithTheReasonAndTheOthersStillImport() throws IOException {
    Path from = workflows();
    Files.writeString(from.resolve("broken.yml"), "on:\n  push:\n    sometimes: true\njobs: {}\n");

    int code = run("--from", from.toString(), "--to", dir.resolve("java").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("failed broken.yml: on.push.sometimes: gha4j does not model this key here");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported ci.yml");
  }

  @Test
  void withoutFromItSaysHowToCallIt() {
    assertThat(run("--to", "x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("make import FROM=<file or dir>", "usage:");
    assertThat(run("--from", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing does not exist");
  }
}
