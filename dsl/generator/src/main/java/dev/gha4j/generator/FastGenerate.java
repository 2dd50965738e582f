package dev.gha4j.generator;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.review.WorkflowGraph;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code make generate} without Maven: compiles the pipeline sources in this JVM (only what
 * changed since the last run, see {@link PipelineBuild}), loads them, and runs
 * {@link GenerateCommand}. The class path is gha4j and its dependencies as Maven resolved them
 * once; the Makefile asks Maven again whenever a {@code pom.xml} or gha4j itself changes.
 *
 * <p>Prints what {@link GenerateCommand} prints, after the compiler's warnings, or the compiler's
 * errors, all javac-style, and exits 0 (written), 1 (compile or pipeline errors; nothing written)
 * or 2 (usage or I/O error).
 */
public final class FastGenerate {
  private FastGenerate() {}

  /**
   * {@code make generate}: generates once and exits with the code above. Compiles against this JVM's
   * class path.
   *
   * @param args {@code --src}, {@code --out}, {@code --workflows}, ... as {@link DevOptions} reads
   *     them; the Makefile passes FinanceHub's
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    SharedArchive.check();
    int code = run(args, System.getProperty("java.class.path"), System.out, System.err);
    Timing.print(start, System.err);
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
    PipelineLoader.Loaded pipelines;
    try {
      pipelines = new PipelineLoader(options.project(classPath), FastGenerate.class.getClassLoader(), true)
          .load(options.entries(), err::println);
    } catch (PipelineLoader.Failure e) {
      e.report("no file was written.").forEach(err::println);
      return e.noSources() ? 2 : 1;
    }
    Thread.currentThread().setContextClassLoader(pipelines.loader());
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
}
