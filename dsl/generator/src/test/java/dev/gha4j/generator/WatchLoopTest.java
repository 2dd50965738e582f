package dev.gha4j.generator;

import dev.gha4j.api.WorkflowSource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchLoopTest {
  // Only a guard against a hung test; nothing here asserts how fast a round is.
  static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  DemoPipelines demo;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  WatchLoop loop;

  @BeforeEach
  void setUp() throws IOException {
    demo = new DemoPipelines(dir);
    loop = new WatchLoop(demo.options(), DemoPipelines.classPath(), FastGenerateTest.print(out),
        FastGenerateTest.print(err), 1);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eachRoundSeesTheLatestSources() throws IOException {
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(out()).matches("demo.yml created in \\d+ ms\n");
    assertThat(demo.yaml("demo.yml")).contains("run: echo first");

    out.reset();
    demo.ci("echo second");
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(out()).matches("demo.yml updated in \\d+ ms\n");
    assertThat(demo.yaml("demo.yml")).contains("run: echo second").doesNotContain("echo first");

    out.reset();
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(out()).matches("no change \\(\\d+ ms\\)\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void withGraphsEachRoundRedrawsThem() throws IOException {
    String[] args = demo.argsWithGraphs();
    loop = new WatchLoop(DevOptions.parse(args), DemoPipelines.classPath(), FastGenerateTest.print(out),
        FastGenerateTest.print(err), 1);
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(out()).matches("demo.yml created in \\d+ ms\ndemo.md created in \\d+ ms\n");
    assertThat(dir.resolve("graphs/demo.md")).exists();
  }

  @Test
  void aFailedRoundLeavesTheYamlAndTheNextGoodRoundWritesIt() throws IOException {
    loop.round(System.nanoTime());
    demo.ci("echo \" + oops + \"");
    assertThat(loop.round(System.nanoTime())).isFalse();
    assertThat(err()).startsWith(demo.src.resolve("demo/DemoCi.java") + ":12: error: cannot find symbol")
        .endsWith("1 error; no file was written.\n");
    assertThat(demo.yaml("demo.yml")).contains("run: echo first");

    err.reset();
    demo.write("demo/DemoCi.java", Files.readString(demo.src.resolve("demo/DemoCi.java"))
        .replace("\" + oops + \"", "").replace("\"build\"", "\"bad id\""));
    assertThat(loop.round(System.nanoTime())).isFalse();
    assertThat(err()).startsWith("DemoCi.java:11: job id 'bad id'").endsWith("1 problem; no file was written.\n");

    err.reset();
    demo.runawayCi();
    assertThat(loop.round(System.nanoTime())).isFalse();
    assertThat(err()).startsWith("DemoCi.java:9: generating failed: java.lang.StackOverflowError");

    out.reset();
    demo.ci("echo fixed");
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(out()).matches("demo.yml updated in \\d+ ms\n");
    assertThat(demo.yaml("demo.yml")).contains("run: echo fixed");
  }

  @Test
  void aRoundPrintsCompilerWarningsAndStillGenerates() throws IOException {
    demo.warnedCi();
    assertThat(loop.round(System.nanoTime())).isTrue();
    assertThat(err()).contains(demo.warnings());
    assertThat(demo.yaml("demo.yml")).contains("save-always: true");
  }

  @Test
  void watchingRegeneratesAfterSavesIncludingInNewDirectories() throws Exception {
    Thread watcher = new Thread(() -> {
      try {
        loop.run();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }, "watch-under-test");
    watcher.start();
    try {
      await(() -> out().contains("demo.yml created in"));
      demo.ci("echo saved");
      await(() -> demo.yaml("demo.yml").contains("run: echo saved"));

      // A new package directory is watched too: a second workflow defined there is generated.
      demo.write("demo/more/Second.java", """
          package demo.more;

          import dev.gha4j.api.WorkflowSource;
          import dev.gha4j.model.*;

          public final class Second implements WorkflowSource {
            @Override
            public Workflow workflow() {
              return Workflow.builder("second").on(Trigger.push())
                  .jobs(Job.builder("only").runsOn("ubuntu-latest").steps(Step.run("echo two")).build())
                  .build();
            }
          }
          """);
      demo.write("demo/Workflows.java", Files.readString(demo.src.resolve("demo/Workflows.java"))
          .replace("new DemoCi()", "new DemoCi(), new demo.more.Second()"));
      await(() -> Files.exists(demo.out.resolve("second.yml")));
      demo.write("demo/more/Second.java", Files.readString(demo.src.resolve("demo/more/Second.java"))
          .replace("echo two", "echo three"));
      await(() -> demo.yaml("second.yml").contains("run: echo three"));
      await(() -> out().contains("second.yml updated in")); // printed just after the file is written

      // A file that is not Java (an editor's backup, say) starts no round: the next line printed
      // is the one for the next save, not a "no change".
      int lines = out().split("\n").length;
      Files.writeString(demo.src.resolve("demo/DemoCi.java~"), "backup");
      TimeUnit.MILLISECONDS.sleep(10 * WatchLoop.DEBOUNCE_MS);
      demo.ci("echo last");
      await(() -> out().split("\n").length > lines);
      assertThat(out().split("\n")[lines]).startsWith("demo.yml updated in ");
      assertThat(demo.yaml("demo.yml")).contains("run: echo last");
    } finally {
      loop.close();
      watcher.join(PATIENCE.toMillis());
    }
    assertThat(watcher.isAlive()).as("close() ends the loop").isFalse();
    assertThat(err()).isEmpty();
  }

  @Test
  void stopsWhenGha4jItselfIsRebuiltBecauseThisJvmHasTheOldOne() throws Exception {
    Path jar = dir.resolve("gha4j-extra.jar");
    try (var empty = new JarOutputStream(Files.newOutputStream(jar))) {
      empty.putNextEntry(new JarEntry("META-INF/"));
    }
    loop = new WatchLoop(demo.options(), DemoPipelines.classPath() + File.pathSeparator + jar,
        FastGenerateTest.print(out), FastGenerateTest.print(err), 1);
    boolean[] result = new boolean[1];
    Thread watcher = new Thread(() -> {
      try {
        result[0] = loop.run();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    watcher.start();
    await(() -> out().contains("watching "));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    demo.ci("echo after rebuild");
    watcher.join(PATIENCE.toMillis());
    assertThat(watcher.isAlive()).isFalse();
    assertThat(result[0]).isFalse();
    assertThat(err()).isEqualTo("gha4j or one of its jars was rebuilt since make watch started; start it again\n");
    assertThat(demo.yaml("demo.yml")).contains("echo first").doesNotContain("after rebuild");
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("waited " + PATIENCE + " for the watch loop").isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
