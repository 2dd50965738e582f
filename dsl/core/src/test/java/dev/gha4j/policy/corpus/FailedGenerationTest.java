package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.generate.Header;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Policies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} with the policy rules: all problems of a workflow, structural and policy, come
 * out together sorted by line; a failed run leaves the output directory exactly as it was; warnings
 * are printed and do not stop the files being written.
 */
class FailedGenerationTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path out;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @TestFactory
  Stream<DynamicTest> cases() {
    return Corpus.cases(getClass());
  }

  // The validator reports runs-on and the duplicate id, the rules the rest; the output interleaves them by line.
  static Workflow structuralAndPolicyProblems() {
    return Scaffold.workflow().jobs(
        // error: [GHA005] job 'build' has no timeout-minutes, so a hung step holds the runner for GitHub's default
        //   of 6 hours; fix: add .timeoutMinutes(n) with a little more than the job's usual time
        // error: job 'build': the required key 'runs-on' is missing; fix: add .runsOn("ubuntu-latest")
        Job.builder("build").steps(
            // error: [GHA001] `make || true` always succeeds, so a failure of make never fails the step; fix:
            //   remove `|| true`; if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE,
            //   "...")
            Step.run("make || true").id("make"),
            // error: duplicate step id 'make' in job 'build'
            Step.run("make dist").id("make"),
            // error: [GHA003] step uses `actions/upload-artifact@v4`: 'v4' is a branch or tag, which can be moved to
            //   other code; fix: pin the full commit SHA, `actions/upload-artifact@<40-hex sha> # <tag>`, or use a
            //   typed binding
            Step.uses("actions/upload-artifact@v4").with("path", "dist")).build()).build();
  }

  static Workflow longScriptWithStaleAllowance() {
    return Scaffold.workflow("notes").jobs(job("notes",
        // warning: [GHA015] the run script of step 'Release notes' has 31 lines of code (more than 30); fix: move it
        //   to a script file in the repository (e.g. .github/scripts/release-notes.sh) and run that
        Step.named("Release notes").run(String.join("\n", Collections.nCopies(31, "echo line")))
            // warning: allow(GHA002) on step 'Release notes' suppresses nothing: no GHA002 finding there; fix: remove
            //   the allowance
            .allow(dev.gha4j.policy.Rule.FIXED_SLEEP, "the notes service needed a pause"))).build();
  }

  @Test
  void printsStructuralAndPolicyProblemsTogetherSortedByLine() throws IOException {
    int exit = generate(FailedGenerationTest::structuralAndPolicyProblems);

    List<String> expected = new ArrayList<>();
    for (String e : Corpus.expected(getClass(), "structuralAndPolicyProblems")) expected.add(e.replace(": error: ", ": "));
    expected.add(expected.size() + " problems; no file was written.");
    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);
    assertThat(expected.get(0)).contains("[GHA005]");
    assertThat(expected.get(1)).contains("'runs-on' is missing");
  }

  @Test
  void leavesTheOutputDirectoryUntouchedWhenAWorkflowHasProblems() throws IOException {
    Files.writeString(out.resolve("ci.yml"), Header.MARK + "an.Older.Pipeline\non: push\n");
    Files.writeString(out.resolve("handwritten.yml"), "on: push\n");
    Files.createDirectory(out.resolve("sub"));
    Map<String, Snapshot> before = agedSnapshot();

    int exit = generate(FailedGenerationTest::structuralAndPolicyProblems, () -> job1("fine"));

    assertThat(exit).isEqualTo(1);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void leavesTheOutputDirectoryUntouchedWhenAWriteFailsMidway() throws IOException {
    Files.writeString(out.resolve("a.yml"), Header.MARK + "an.Older.Pipeline\non: push\n");
    Map<String, Snapshot> before = agedSnapshot();

    // a.yml's new text is staged first; the second file's name is longer than any file system allows.
    int exit = generate(() -> job1("a"), () -> job1("b".repeat(300)));

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("error: ").endsWith("; no file was changed.\n");
    // Staging a.yml's text created and removed a temporary file, so only the directory's own mtime moved:
    // the failure really came midway, after the first write.
    Map<String, Snapshot> after = snapshot();
    assertThat(after.remove(".").modified()).isNotEqualTo(LONG_AGO);
    before.remove(".");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void leavesTheOutputDirectoryUntouchedWhenADirectoryIsInTheWay() throws IOException {
    Files.writeString(out.resolve("a.yml"), Header.MARK + "an.Older.Pipeline\non: push\n");
    Files.createDirectory(out.resolve("b.yml"));
    Map<String, Snapshot> before = agedSnapshot();

    int exit = generate(() -> job1("a"), () -> job1("b"));

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: " + out.resolve("b.yml") + " exists and is not a regular file; move it away and generate"
            + " again; no file was changed.\n");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void printsWarningsAndStillWrites() throws IOException {
    int exit = generate(FailedGenerationTest::longScriptWithStaleAllowance);

    List<String> expected = Corpus.expected(getClass(), "longScriptWithStaleAllowance");
    assertThat(exit).isEqualTo(0);
    assertThat(stderr.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(expected);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("created notes.yml\n");
    assertThat(Files.readString(out.resolve("notes.yml"))).contains("# gha4j allows GHA002: the notes service needed a pause");
  }

  private static Workflow job1(String file) {
    return Scaffold.workflow(file).jobs(job("build", Step.run("make"))).build();
  }

  private int generate(WorkflowSource... sources) throws IOException {
    return GenerateCommand.run(new String[] {"--out", out.toString()}, List.of(sources), List.of(Policies.standard()),
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  /** Bytes and modification time of one entry; directories have no bytes. */
  private record Snapshot(String bytes, FileTime modified) {}

  /** Sets every entry's mtime (the directory's own too) long ago, then takes a {@link #snapshot()}. */
  private Map<String, Snapshot> agedSnapshot() throws IOException {
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path p : paths.toList()) Files.setLastModifiedTime(p, LONG_AGO);
    }
    return snapshot();
  }

  // Every entry below the directory, with its bytes and mtime; "." is the directory itself.
  private Map<String, Snapshot> snapshot() throws IOException {
    Map<String, Snapshot> all = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path p : paths.toList()) {
        String bytes = Files.isRegularFile(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : null;
        all.put(p.equals(out) ? "." : out.relativize(p).toString(), new Snapshot(bytes, Files.getLastModifiedTime(p)));
      }
    }
    return all;
  }
}
