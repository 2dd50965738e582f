package dev.gha4j.generator;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.review.WorkflowGraph;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code make generate} without Maven: compiles the pipeline sources in this JVM (only what
 * changed since the last run, see {@link PipelineBuild}), loads them, and runs
 * {@link GenerateCommand}. The class path is gha4j and its dependencies as Maven resolved them
 * once; the Makefile asks Maven again whenever a {@code pom.xml} or gha4j itself changes.
 *
 * <p>Prints only what {@link GenerateCommand} prints, or the compiler's errors javac-style, and
 * exits 0 (written), 1 (compile or pipeline errors; nothing written) or 2 (usage or I/O error).
 */
public final class FastGenerate {
  private FastGenerate() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    SharedArchive.check();
    int code = run(args, System.getProperty("java.class.path"), System.out, System.err);
    if (System.getenv("GHA4J_TIMING") != null) Timing.print(start, System.err);
    System.exit(code);
  }

  /** Runs one generation against {@code classPath}; returns the exit code. */
  static int run(String[] args, String classPath, PrintStream out, PrintStream err) {
    DevOptions options;
    try {
      options = DevOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    List<Path> sources = SourceTree.javaFiles(options.src());
    if (sources.isEmpty()) {
      err.println("error: no .java files under " + options.src());
      return 2;
    }
    Timing.mark("listed sources");
    Map<String, byte[]> classes = classes(sources, classPath, options, err);
    if (classes == null) return 1;
    ClassLoader loader = new ClassBytesLoader(classes, FastGenerate.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    PipelineEntries.Loaded pipelines;
    try {
      pipelines = options.entries().load(loader);
      Timing.mark("loaded the pipeline classes");
    } catch (PipelineEntries.Failure e) {
      err.println(e.getMessage());
      err.println("no file was written.");
      return 1;
    }
    int code;
    try {
      code = GenerateCommand.run(options.outputArgs(), pipelines.sources(), pipelines.checks(), FastGenerate::graphs,
          out, err);
    } catch (LinkageError | StackOverflowError e) {
      // Generation reports a pipeline's exceptions; these errors get the same treatment here.
      err.println(PipelineEntries.describe("generating failed", e));
      err.println("no file was written.");
      return 1;
    }
    Timing.mark("wrote the workflows and graphs");
    return code;
  }

  // The job graphs, with the time they take apart in GHA4J_TIMING's list.
  private static Map<String, String> graphs(Map<String, String> workflows) {
    Timing.mark("built, validated and rendered the workflows");
    Map<String, String> graphs = WorkflowGraph.files(workflows);
    Timing.mark("drew the job graphs");
    return graphs;
  }

  // The classes for the current sources (see PipelineBuild); null after compile errors.
  private static Map<String, byte[]> classes(List<Path> sources, String classPath, DevOptions options,
      PrintStream err) {
    PipelineBuild build = new PipelineBuild(classPath, options.state(), true);
    PipelineBuild.Outcome outcome = build.build(sources);
    Timing.mark(outcome.how());
    try {
      build.awaitPreload();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Timing.mark("waited for the warm-up");
    if (outcome.classes() == null) printErrors(outcome.errors(), err);
    return outcome.classes();
  }

  static void printErrors(List<String> errors, PrintStream err) {
    for (String e : errors) err.println(e);
    err.println(errors.size() + (errors.size() == 1 ? " error" : " errors") + "; no file was written.");
  }
}
