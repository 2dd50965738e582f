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
  private static final String CI = "name: CI\non: push\npermissions: {}\njobs:\n"
      + "  test: {runs-on: x, timeout-minutes: 5, steps: [run: make test]}\n";
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path workflows() throws IOException {
    Path from = Files.createDirectories(dir.resolve("workflows"));
    Files.writeString(from.resolve("ci.yml"), CI);
    Files.writeString(from.resolve("release-drafter.yaml"), "on: push\njobs:\n  draft: {runs-on: x, steps: [run: draft]}\n");
    Files.writeString(from.resolve("notes.txt"), "not a workflow");
    return from;
  }

  @Test
  void belowASourceRootThePackageComesFromTheNearestPomsGroupId() throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project><parent><groupId>org.example</groupId></parent>"
        + "<artifactId>app</artifactId></project>");
    Path root = dir.resolve("src/main/java");

    int code = run("--from", workflows().toString(), "--to", root.toString(), "--manifests", dir.resolve("none").toString());

    Path pkg = root.resolve("org/example/workflows");
    assertThat(code).isZero();
    assertThat(Files.readString(pkg.resolve("CiWorkflow.java")))
        .startsWith("package org.example.workflows;")
        .contains("public final class CiWorkflow implements WorkflowSource");
    assertThat(out()).contains("imported ci.yml -> ", "CiWorkflow.java\n")
        .contains("imported release-drafter.yaml -> ", "ReleaseDrafterWorkflow.java (3 imported allowances)\n")
        .contains("2 imported, 0 skipped, 0 failed.")
        .doesNotContain("notes.txt");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no action manifests");
  }

  @Test
  void withoutAPomThePackageIsWorkflows() {
    assertThat(ImportTarget.of(dir.resolve("src/main/java"), null).packageName()).isEqualTo("workflows");
    assertThat(ImportTarget.javaPackage("org.apache.maven-plugins.1x.int")).isEqualTo("org.apache.maven_plugins._1x.int_");
  }

  @Test
  void aYamlFileKeepsItsNameAndExtension() throws IOException {
    Path pkg = dir.resolve("src/main/java/acme");

    run("--from", workflows().resolve("release-drafter.yaml").toString(), "--to", pkg.toString());

    assertThat(Files.readString(pkg.resolve("ReleaseDrafterWorkflow.java")))
        .contains("Workflow.builder(\"release-drafter.yaml\")");
  }

  @Test
  void theBaselineAllowsWhatTheWorkflowBreaksUnlessStrict() throws IOException {
    Path from = workflows().resolve("release-drafter.yaml");
    Path pkg = dir.resolve("java/acme");

    run("--from", from.toString(), "--to", pkg.toString());
    String withBaseline = Files.readString(pkg.resolve("ReleaseDrafterWorkflow.java"));
    run("--from", from.toString(), "--to", pkg.toString(), "--force", "--strict=1");
    String strict = Files.readString(pkg.resolve("ReleaseDrafterWorkflow.java"));

    assertThat(withBaseline).contains(".allow(Rule.MISSING_PERMISSIONS, \"imported: existed before migration\")",
        ".allow(Rule.MISSING_TIMEOUT, \"imported: existed before migration\")");
    assertThat(strict).doesNotContain("imported: existed before migration");
    assertThat(out()).contains("3 policy findings are allowed as `imported: existed before migration`");
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
    Path pkg = dir.resolve("java/acme");
    Path java = pkg.resolve("CiWorkflow.java");
    Files.createDirectories(pkg);
    Files.writeString(java, "// mine");

    int kept = run("--from", from.toString(), "--to", pkg.toString(), "--force=0");
    String keptText = Files.readString(java);
    int forced = run("--from", from.toString(), "--to", pkg.toString(), "--force=1");

    assertThat(kept).isZero();
    assertThat(keptText).isEqualTo("// mine");
    assertThat(out()).contains("skipped ci.yml -> ", "(exists; FORCE=1 to overwrite)", "0 imported, 1 skipped, 0 failed.");
    assertThat(forced).isZero();
    assertThat(Files.readString(java)).contains("class CiWorkflow");
  }

  @Test
  void everyFileGetsItsLineAndAFailureNamesItsLineWithoutStoppingTheOthers() throws IOException {
    Path from = workflows();
    Files.writeString(from.resolve("a-broken.yml"), "on:\n  push:\n    sometimes: true\njobs: {}\n");
    Files.writeString(from.resolve("b-bad-yaml.yml"), "on: push\njobs:\n  a: [unclosed\n");
    Files.writeString(from.resolve("c-pinned.yml"), "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
        + "      - uses: actions/cache@55cc8345863c7cc4c66a329aec7e433d2d1c52a9 # zizmor: ignore[cache-poisoning]\n");

    int code = run("--from", from.toString(), "--to", dir.resolve("java/acme").toString(), "--strict");

    assertThat(code).isEqualTo(1);
    assertThat(out().lines().filter(l -> !l.startsWith("  ")).toList()).containsExactly(
        "failed a-broken.yml:3: on.push.sometimes: gha4j does not model this key here",
        "failed b-bad-yaml.yml:4: not valid workflow YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>",
        "imported c-pinned.yml -> " + dev.gha4j.codegen.DisplayPath.of(dir.resolve("java/acme/CPinnedWorkflow.java")),
        "imported ci.yml -> " + dev.gha4j.codegen.DisplayPath.of(dir.resolve("java/acme/CiWorkflow.java")),
        "imported release-drafter.yaml -> " + dev.gha4j.codegen.DisplayPath.of(dir.resolve("java/acme/ReleaseDrafterWorkflow.java")),
        "3 imported, 0 skipped, 2 failed.",
        "Add the new classes to your list of workflow sources, then run `make generate`.");
  }

  @Test
  void withoutFromItSaysHowToCallIt() {
    assertThat(run("--to", "x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("make import FROM=<file or dir>", "usage:");
    assertThat(run("--from", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing does not exist");
    assertThat(run("--from=" + dir, "--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument '--bogus'");
  }
}
