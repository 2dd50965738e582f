package dev.gha4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** An error while generating names the pipeline line, unless it did not come from a pipeline. */
class PipelineErrorTest {
  /** Plays a pipeline class: loaded by the "pipelines" loader below, not by the test's. */
  public static final class FakePipeline {}

  static Throwable thrownAt(Throwable e, String className, String file, int line) {
    e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "workflow", file, line)});
    return e;
  }

  @Test
  void anErrorInAPipelineIsReportedAtItsLine() throws Exception {
    URL testClasses = FakePipeline.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader pipelines = new URLClassLoader(new URL[] {testClasses}, null)) {
      Throwable e = thrownAt(new StackOverflowError(), FakePipeline.class.getName(), "FakePipeline.java", 7);
      assertThat(PipelineMojo.describe(e, pipelines))
          .isEqualTo("FakePipeline.java:7: generating failed: java.lang.StackOverflowError");
    }
  }

  @Test
  void anErrorOutsideThePipelinesSaysTheJarsDoNotMatch() throws Exception {
    try (URLClassLoader pipelines = new URLClassLoader(new URL[0], null)) {
      Throwable e = thrownAt(new NoSuchMethodError("Generation.of"), "org.apache.maven.Runner", "Runner.java", 137);
      assertThat(PipelineMojo.describe(e, pipelines)).isEqualTo("error: generating failed outside the pipelines:"
          + " java.lang.NoSuchMethodError: Generation.of; the plugin and the project's gha4j jars are probably from"
          + " different builds: build and install them together");
    }
  }
}
