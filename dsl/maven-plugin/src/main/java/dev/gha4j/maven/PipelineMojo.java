package dev.gha4j.maven;

import dev.gha4j.api.Problem;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.generate.Generation;
import dev.gha4j.generate.Header;
import dev.gha4j.generator.PipelineEntries;
import dev.gha4j.generator.PipelineLoader;
import dev.gha4j.generator.PipelineProject;
import dev.gha4j.policy.Policies;
import dev.gha4j.review.WorkflowGraph;
import dev.gha4j.source.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code generate} and {@code check} share: the pipelines of the project, compiled by the
 * plugin itself (only what changed since the last run, cached under {@code target/gha4j}, with
 * javac's warnings printed), built, validated and run through the policy rules. A mistake in a
 * pipeline fails the build with {@code File.java:LINE: message} lines, never a stack trace.
 */
abstract class PipelineMojo extends AbstractMojo {
  /** The project whose pipelines run. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** This plugin's version, which must be the project's gha4j version. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  String pluginVersion;

  /**
   * The public static method that lists the workflows, as {@code com.example.Workflows#all}. When
   * not set, every public, concrete class under {@code sourceDirectory} that implements
   * {@code WorkflowSource} and has a public constructor without arguments is a workflow, in the
   * order of their class names.
   */
  @Parameter(property = "gha4j.workflows")
  String workflows;

  /**
   * A public static method listing extra checks ({@code WorkflowCheck}s), as
   * {@code com.example.Checks#all}; they run after the structural validator and the policy rules.
   */
  @Parameter(property = "gha4j.checks")
  String checks;

  /** Whether gha4j's policy rules ({@code Policies.standard()}, GHA001 to GHA016) check every workflow. */
  @Parameter(property = "gha4j.standardPolicies", defaultValue = "true")
  boolean standardPolicies;

  /** Where the workflow files are: the repository's {@code .github/workflows} when the pom is at its root. */
  @Parameter(property = "gha4j.outputDirectory", defaultValue = "${project.basedir}/.github/workflows")
  File outputDirectory;

  /**
   * Where a Mermaid job graph of each workflow is written ({@code <workflow>.md}); none unless set.
   * GitHub renders them, so a pull request that changes the job structure shows it as a picture.
   */
  @Parameter(property = "gha4j.graphsDirectory")
  File graphsDirectory;

  /** The command each file's header tells a reader to run after changing the Java. */
  @Parameter(property = "gha4j.regenerateCommand", defaultValue = Header.DEFAULT_COMMAND)
  String regenerateCommand;

  /** The root of the pipeline sources. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true)
  File sourceDirectory;

  /** The Java release the pipelines are compiled for; the running JDK's when not set. */
  @Parameter(property = "gha4j.release", defaultValue = "${maven.compiler.release}")
  String release;

  /** Where the compiled pipelines are cached between runs. */
  @Parameter(defaultValue = "${project.build.directory}/gha4j", readonly = true, required = true)
  File stateDirectory;

  /** Skips the goal. */
  @Parameter(property = "gha4j.skip", defaultValue = "false")
  boolean skip;

  /** Whether the goal has nothing to do here: skipped, or a parent pom without sources. */
  final boolean skipped() {
    if (skip) getLog().info("gha4j: skipped (gha4j.skip)");
    else if ("pom".equals(project.getPackaging())) getLog().info("gha4j: skipped, packaging pom has no pipelines");
    else return false;
    return true;
  }

  /**
   * The files the pipelines produce, file name to text, printing javac's and the checks'
   * warnings on the way.
   *
   * @param consequence what a failure means, for its last line, e.g. {@code no file was written.}
   * @throws MojoFailureException when the pipelines do not compile, load or validate
   */
  final Map<String, String> generate(String consequence) throws MojoFailureException {
    try (ProjectClassPath classPath = ProjectClassPath.of(project, pluginVersion, getClass().getClassLoader())) {
      PipelineProject pipelines = new PipelineProject(sourceDirectory.toPath(), classPath.classPath(),
          stateDirectory.toPath(), release);
      PipelineLoader.Loaded loaded;
      try {
        loaded = new PipelineLoader(pipelines, classPath.loader(), true)
            .load(new PipelineEntries(workflows, checks, "<workflows>", "<checks>"), getLog()::warn);
      } catch (PipelineLoader.Failure e) {
        throw failure(e.report(consequence));
      }
      return run(loaded, consequence);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoFailureException("error: cannot read the pipelines: " + e.getMessage(), e);
    }
  }

  private Map<String, String> run(PipelineLoader.Loaded loaded, String consequence) throws MojoFailureException {
    List<WorkflowCheck> all = new ArrayList<>();
    if (standardPolicies) all.add(Policies.standard());
    all.addAll(loaded.checks());
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loaded.loader());
    Generation generation;
    try {
      generation = Generation.of(loaded.sources(), all, regenerateCommand);
    } catch (LinkageError | StackOverflowError e) {
      throw failure(List.of(describe(e, loaded.loader()), consequence));
    } finally {
      thread.setContextClassLoader(before);
    }
    for (Problem w : generation.warnings()) getLog().warn(w.location() + ": warning: " + w.message());
    if (!generation.problems().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Problem p : generation.problems()) lines.add(p.toString());
      int n = generation.problems().size();
      lines.add(n + (n == 1 ? " problem; " : " problems; ") + consequence);
      throw failure(lines);
    }
    return generation.files();
  }

  // A pipeline's own error is reported at its line. One that arises outside the pipelines (a
  // method of gha4j that is missing at run time) means the plugin's gha4j and the project's differ.
  static String describe(Throwable e, ClassLoader pipelines) {
    String at = SourceLocation.thrownAt(e).className();
    try {
      if (!at.isEmpty() && Class.forName(at, false, pipelines).getClassLoader() == pipelines) {
        return PipelineEntries.describe("generating failed", e);
      }
    } catch (ClassNotFoundException | LinkageError notLoadable) {
      // Not a pipeline class either.
    }
    return "error: generating failed outside the pipelines: " + e + "; the plugin and the project's gha4j jars are"
        + " probably from different builds: build and install them together";
  }

  /** Logs every line but the last as an error; the last is the build failure's message. */
  final MojoFailureException failure(List<String> lines) {
    for (String line : lines.subList(0, lines.size() - 1)) getLog().error(line);
    return new MojoFailureException(lines.get(lines.size() - 1));
  }

  /**
   * The job graphs of {@code workflows} when {@link #graphsDirectory} is set, else null.
   *
   * @param consequence what a failure means, e.g. {@code no file was written.}
   */
  final Map<String, String> graphs(Map<String, String> workflows, String consequence) throws MojoFailureException {
    if (graphsDirectory == null) return null;
    try {
      return WorkflowGraph.files(workflows);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("error: " + e.getMessage() + "; " + consequence, e);
    }
  }

  /** The output directory as the user sees it: relative to the project when inside it. */
  final String shown(File file) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path path = file.toPath().toAbsolutePath().normalize();
    return (path.startsWith(base) ? base.relativize(path) : path).toString();
  }
}
