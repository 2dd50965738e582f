package dev.gha4j.generator;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.generate.Header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastGenerateTest {
  @TempDir Path dir;
  DemoPipelines demo;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    demo = new DemoPipelines(dir);
  }

  int run() {
    out.reset();
    err.reset();
    return FastGenerate.run(demo.args(), DemoPipelines.classPath(), print(out), print(err));
  }

  static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void compilesThePipelinesAndWritesTheirYaml() throws IOException {
    assertThat(run()).isZero();
    assertThat(out()).isEqualTo("created demo.yml\n");
    assertThat(err()).isEmpty();
    assertThat(demo.yaml("demo.yml")).contains("run: echo first").startsWith(Header.MARK + "demo.DemoCi.");
  }

  @Test
  void withGraphsItDrawsEachWorkflowNextToIt() throws IOException {
    String[] args = demo.argsWithGraphs();
    assertThat(FastGenerate.run(args, DemoPipelines.classPath(), print(out), print(err))).isZero();
    assertThat(out()).isEqualTo("created demo.yml\ncreated demo.md\n");
    assertThat(Files.readString(dir.resolve("graphs/demo.md"))).startsWith(Header.MARKDOWN_MARK + "demo.yml.")
        .contains("  job_build[\"build\"]\n");
  }

  @Test
  void reusesCompiledClassesOnlyWhileTheSourcesAreTheSame() throws IOException {
    assertThat(run()).isZero();
    Path stamp = demo.state.resolve("compile-state.txt");
    FileTime compiled = Files.getLastModifiedTime(stamp);
    assertThat(run()).isZero();
    assertThat(out()).isEqualTo("unchanged demo.yml\n");
    assertThat(Files.getLastModifiedTime(stamp)).as("no second compilation").isEqualTo(compiled);

    demo.ci("echo second");
    assertThat(run()).isZero();
    assertThat(out()).isEqualTo("updated demo.yml\n");
    assertThat(demo.yaml("demo.yml")).contains("run: echo second").doesNotContain("echo first");
  }

  @Test
  void aDamagedCacheIsCompiledAgainNotTrusted() throws IOException {
    assertThat(run()).isZero();
    Path cached = demo.state.resolve("classes/demo/DemoCi.class");
    Files.write(cached, new byte[] {1, 2, 3});
    demo.ci("echo second");
    demo.ci("echo first"); // same text as the cached classes were compiled from

    assertThat(run()).isZero();
    assertThat(out()).isEqualTo("unchanged demo.yml\n");
    assertThat(Files.size(cached)).isGreaterThan(3);
  }

  @Test
  void classesOfDeletedSourcesAreGone() throws IOException {
    Path extra = demo.write("demo/Extra.java", "package demo; final class Extra {}\n");
    assertThat(run()).isZero();
    assertThat(demo.state.resolve("classes/demo/Extra.class")).exists();

    Files.delete(extra);
    assertThat(run()).isZero();
    assertThat(demo.state.resolve("classes/demo/Extra.class")).doesNotExist();
    assertThat(demo.state.resolve("classes/demo/DemoCi.class")).exists();
  }

  @Test
  void aCompileErrorPrintsFileAndLineAndWritesNothing() throws IOException {
    assertThat(run()).isZero();
    String before = demo.yaml("demo.yml");
    demo.ci("echo \" + undefinedName + \"");

    assertThat(run()).isEqualTo(1);
    assertThat(err()).startsWith(demo.src.resolve("demo/DemoCi.java") + ":12: error: cannot find symbol\n")
        .contains("symbol:   variable undefinedName")
        .endsWith("1 error; no file was written.\n");
    assertThat(out()).isEmpty();
    assertThat(demo.yaml("demo.yml")).isEqualTo(before);
  }

  @Test
  void aValidationProblemNamesThePipelineLine() throws IOException {
    demo.write("demo/DemoCi.java", Files.readString(demo.src.resolve("demo/DemoCi.java"))
        .replace("\"build\"", "\"no spaces allowed\""));
    assertThat(run()).isEqualTo(1);
    assertThat(err()).startsWith("DemoCi.java:11: job id 'no spaces allowed'")
        .endsWith("1 problem; no file was written.\n");
    assertThat(demo.out.resolve("demo.yml")).doesNotExist();
  }

  @Test
  void aMissingEntryMethodIsExplained() {
    String[] args = demo.args();
    args[1] = "demo.Workflows#everything";
    assertThat(FastGenerate.run(args, DemoPipelines.classPath(), print(out), print(err))).isEqualTo(1);
    assertThat(err()).isEqualTo("error: demo.Workflows has no public method everything() (named by --workflows)\n"
        + "no file was written.\n");
  }

  @Test
  void anExceptionInThePipelineListIsReportedAtItsLine() throws IOException {
    demo.write("demo/Workflows.java", """
        package demo;

        import dev.gha4j.api.WorkflowSource;
        import java.util.List;

        public final class Workflows {
          public static List<WorkflowSource> all() {
            throw new IllegalStateException("not today");
          }
        }
        """);
    assertThat(run()).isEqualTo(1);
    assertThat(err()).startsWith("Workflows.java:8: demo.Workflows#all failed: java.lang.IllegalStateException:"
        + " not today\n");
  }

  @Test
  void aStackOverflowInAPipelineIsReportedAtItsLine() throws IOException {
    demo.runawayCi();
    assertThat(run()).isEqualTo(1);
    assertThat(err()).isEqualTo("DemoCi.java:9: generating failed: java.lang.StackOverflowError\n"
        + "no file was written.\n");
  }

  @Test
  void noSourcesIsAUsageError() throws IOException {
    Files.walk(demo.src).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertThat(run()).isEqualTo(2);
    assertThat(err()).isEqualTo("error: no .java files under " + demo.src + "\nno file was written.\n");
  }

  @Test
  void withoutAListEveryPublicWorkflowClassWithANoArgumentConstructorIsGenerated() throws IOException {
    demo.write("demo/more/Second.java", """
        package demo.more;

        import dev.gha4j.api.WorkflowSource;
        import dev.gha4j.model.*;

        public final class Second implements WorkflowSource {
          @Override
          public Workflow workflow() {
            return Workflow.builder("second").on(Trigger.push())
                .jobs(Job.builder("only").runsOn("ubuntu-latest").steps(Step.run("echo two")).build()).build();
          }

          /** Not a workflow of its own: it needs an argument. */
          public static final class Variant implements WorkflowSource {
            public Variant(String name) {}

            @Override
            public Workflow workflow() {
              throw new IllegalStateException("never built");
            }
          }
        }
        """);
    demo.write("demo/Base.java", """
        package demo;

        public abstract class Base implements dev.gha4j.api.WorkflowSource {}
        """);

    assertThat(FastGenerate.run(withoutList(), DemoPipelines.classPath(), print(out), print(err))).isZero();
    assertThat(out()).isEqualTo("created demo.yml\ncreated second.yml\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void withoutAListAndWithoutWorkflowClassesSaysHowToAddOne() throws IOException {
    Files.delete(demo.src.resolve("demo/DemoCi.java"));
    demo.write("demo/Workflows.java", "package demo; public final class Workflows {}\n");

    assertThat(FastGenerate.run(withoutList(), DemoPipelines.classPath(), print(out), print(err))).isEqualTo(1);
    assertThat(err()).isEqualTo("error: no workflow under " + demo.src + ": no public class there implements"
        + " WorkflowSource with a public constructor without arguments; write one, or name the method that lists the"
        + " workflows with --workflows com.example.Workflows#all\nno file was written.\n");
  }

  @Test
  void compilerWarningsArePrintedAndTheWorkflowsStillWritten() throws IOException {
    demo.warnedCi();

    assertThat(run()).isZero();
    assertThat(err()).contains(demo.warnings());
    assertThat(out()).isEqualTo("created demo.yml\n");
    assertThat(demo.yaml("demo.yml")).contains("save-always: true");
  }

  @Test
  void aReleaseThisJdkCannotCompileForIsAnErrorNotACrash() {
    PipelineProject project = new PipelineProject(demo.src, DemoPipelines.classPath(), demo.state, "99");
    PipelineLoader loader = new PipelineLoader(project, getClass().getClassLoader(), false);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(PipelineLoader.Failure.class,
        () -> loader.load(PipelineEntries.options(null, null), warning -> { })).report("no file was written."))
        .containsExactly("error: javac: release version 99 not supported", "1 error; no file was written.");
  }

  @Test
  void theHeaderNamesTheRegenerateCommandGiven() throws IOException {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(demo.args()),
        java.util.stream.Stream.of("--regenerate-command", "make generate")).toArray(String[]::new);
    assertThat(FastGenerate.run(args, DemoPipelines.classPath(), print(out), print(err))).isZero();
    assertThat(demo.yaml("demo.yml")).contains("\n# change the Java source, then run `make generate`.\n");
  }

  private String[] withoutList() {
    return new String[] {"--src", demo.src.toString(), "--state", demo.state.toString(), "--out", demo.out.toString()};
  }

  @Test
  void theCacheKeyChangesWithAClassPathJar() throws IOException {
    Path jar = Files.writeString(dir.resolve("lib.jar"), "v1");
    String before = CompileCache.envDigest(jar.toString());
    assertThat(CompileCache.envDigest(jar.toString())).isEqualTo(before);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(CompileCache.envDigest(jar.toString())).isNotEqualTo(before);
  }
}
