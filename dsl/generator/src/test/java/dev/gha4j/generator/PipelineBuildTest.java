package dev.gha4j.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling only edited sources must never leave another class stale; the constant case is the
 * one that would (javac copies constants into the classes that use them).
 */
class PipelineBuildTest {
  @TempDir java.nio.file.Path dir;
  DemoPipelines demo;

  @BeforeEach
  void setUp() throws IOException {
    demo = new DemoPipelines(dir);
    demo.ciWithSteps("Step.run(Texts.SCRIPT), Step.run(Texts.script())");
    texts("echo constant one", "echo method one");
  }

  void texts(String constant, String method) throws IOException {
    demo.write("demo/Texts.java", """
        package demo;

        final class Texts {
          static final String SCRIPT = "%s";

          static String script() {
            return "%s";
          }
        }
        """.formatted(constant, method));
  }

  String how() {
    return new PipelineBuild(DemoPipelines.classPath(), demo.state).build(SourceTree.javaFiles(demo.src)).how();
  }

  String generate() throws IOException {
    ByteArrayOutputStream ignored = new ByteArrayOutputStream();
    int code = FastGenerate.run(demo.args(), DemoPipelines.classPath(), FastGenerateTest.print(ignored),
        FastGenerateTest.print(ignored));
    assertThat(code).as(ignored.toString(StandardCharsets.UTF_8)).isZero();
    return demo.yaml("demo.yml");
  }

  @Test
  void anEditedMethodBodyCompilesOnlyItsFile() throws IOException {
    assertThat(how()).isEqualTo("compiled all 3 sources");
    assertThat(how()).isEqualTo("cached classes");
    texts("echo constant one", "echo method two");
    assertThat(how()).isEqualTo("compiled 1 of 3 sources");
    assertThat(generate()).contains("run: echo method two").contains("run: echo constant one");
  }

  @Test
  void anEditedConstantCompilesEverythingSoItsUsersSeeIt() throws IOException {
    assertThat(generate()).contains("run: echo constant one");
    texts("echo constant two", "echo method one");
    assertThat(how()).isEqualTo("compiled all 3 sources");

    texts("echo constant three", "echo method one");
    assertThat(generate()).contains("run: echo constant three").doesNotContain("constant one");
  }

  @Test
  void aRemovedMethodStillUsedElsewhereIsAnErrorInTheUsingFile() throws IOException {
    assertThat(how()).isEqualTo("compiled all 3 sources");
    demo.write("demo/Texts.java", """
        package demo;

        final class Texts {
          static final String SCRIPT = "echo constant one";
        }
        """);
    PipelineBuild.Outcome outcome =
        new PipelineBuild(DemoPipelines.classPath(), demo.state).build(SourceTree.javaFiles(demo.src));
    assertThat(outcome.classes()).isNull();
    assertThat(outcome.errors()).singleElement().asString()
        .startsWith(demo.src.resolve("demo/DemoCi.java") + ":12: error: cannot find symbol");
  }

  @Test
  void anAddedSourceCompilesEverything() throws IOException {
    assertThat(how()).isEqualTo("compiled all 3 sources");
    demo.write("demo/Extra.java", "package demo; final class Extra {}\n");
    assertThat(how()).isEqualTo("compiled all 4 sources");
  }
}
