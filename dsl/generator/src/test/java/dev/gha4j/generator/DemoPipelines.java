package dev.gha4j.generator;

import dev.gha4j.actions.Cache;
import dev.gha4j.api.WorkflowSource;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** A throwaway pipeline project on disk: sources under src/, output under out/, cache under state/. */
final class DemoPipelines {
  static final String WORKFLOWS = "demo.Workflows#all";
  final Path root;
  final Path src;
  final Path out;
  final Path state;

  DemoPipelines(Path root) throws IOException {
    this.root = root;
    this.src = root.resolve("src");
    this.out = root.resolve("out");
    this.state = root.resolve("state");
    write("demo/Workflows.java", """
        package demo;

        import dev.gha4j.api.WorkflowSource;
        import java.util.List;

        public final class Workflows {
          public static List<WorkflowSource> all() {
            return List.of(new DemoCi());
          }
        }
        """);
    ci("echo first");
  }

  /** DemoCi.java with one job whose only step runs {@code script}; the step is on line 12. */
  void ci(String script) throws IOException {
    ciWithSteps("Step.run(\"" + script + "\")");
  }

  /** DemoCi.java with one job whose steps are the Java expressions {@code steps}, on line 12. */
  void ciWithSteps(String steps) throws IOException {
    write("demo/DemoCi.java", """
        package demo;

        import dev.gha4j.api.WorkflowSource;
        import dev.gha4j.model.*;

        public final class DemoCi implements WorkflowSource {
          @Override
          public Workflow workflow() {
            return Workflow.builder("demo")
                .on(Trigger.push())
                .jobs(Job.builder("build").runsOn("ubuntu-latest")
                    .steps(%s)
                    .build())
                .build();
          }
        }
        """.formatted(steps));
  }

  /**
   * DemoCi.java with two things javac warns about: a deprecated action input (line 10) and a
   * static method called through an instance (line 11).
   */
  void warnedCi() throws IOException {
    write("demo/DemoCi.java", """
        package demo;

        import dev.gha4j.actions.Cache;
        import dev.gha4j.api.WorkflowSource;
        import dev.gha4j.model.*;

        public final class DemoCi implements WorkflowSource {
          @Override
          public Workflow workflow() {
            Cache maven = Cache.of("~/.m2/repository", "maven").saveAlways(true);
            Cache npm = maven.of("~/.npm", "npm");
            return Workflow.builder("demo").on(Trigger.push())
                .jobs(Job.builder("build").runsOn("ubuntu-latest").steps(maven, npm).build()).build();
          }
        }
        """);
  }

  /** The warnings javac prints for {@link #warnedCi()}, first lines only. */
  String[] warnings() {
    String file = src.resolve("demo/DemoCi.java").toString();
    return new String[] {
        file + ":10: warning: saveAlways(boolean) in dev.gha4j.actions.Cache has been deprecated",
        file + ":11: warning: static method should be qualified by type name, dev.gha4j.actions.Cache, instead of by"
            + " an expression"};
  }

  /** DemoCi.java whose workflow() recurses forever (line 9), a pipeline bug that is an Error, not an exception. */
  void runawayCi() throws IOException {
    write("demo/DemoCi.java", """
        package demo;

        import dev.gha4j.api.WorkflowSource;
        import dev.gha4j.model.*;

        public final class DemoCi implements WorkflowSource {
          @Override
          public Workflow workflow() {
            return workflow();
          }
        }
        """);
  }

  /** Writes a source, with a modification time later than any before, as a save would. */
  Path write(String relative, String text) throws IOException {
    Path file = src.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    return file;
  }

  String yaml(String file) throws IOException {
    return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
  }

  String[] args() {
    return new String[] {"--workflows", WORKFLOWS, "--src", src.toString(), "--state", state.toString(),
        "--out", out.toString()};
  }

  /** {@link #args()} with job graphs drawn into {@code graphs/}. */
  String[] argsWithGraphs() {
    String[] args = java.util.Arrays.copyOf(args(), args().length + 2);
    args[args.length - 2] = "--graphs";
    args[args.length - 1] = root.resolve("graphs").toString();
    return args;
  }

  DevOptions options() {
    return DevOptions.parse(args());
  }

  /** gha4j itself and its action bindings, which is all the demo pipelines compile against. */
  static String classPath() {
    return location(WorkflowSource.class) + File.pathSeparator + location(Cache.class);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
