package dev.gha4j.generator;

import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.api.WorkflowSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A project's pipelines, compiled in this JVM and loaded: the part {@code make generate},
 * {@code make watch} and the Maven plugin share. Each {@link #load} compiles what changed since the
 * last one (see {@link PipelineBuild}), loads the classes with a fresh class loader, so an edit
 * always takes effect, and finds the workflows and checks ({@link PipelineEntries}).
 */
public final class PipelineLoader {
  private final PipelineProject project;
  private final ClassLoader parent;
  private final PipelineBuild build;

  /**
   * A loader for a project's pipelines. Nothing is compiled before the first {@link #load}.
   *
   * @param project where the pipeline sources are, what they compile against and where the compiled
   *                classes are cached
   * @param parent  provides the classes of the project's class path at run time, gha4j's included,
   *                so that the pipelines and the caller share gha4j's classes
   * @param preload true to warm up generation on another thread during the first compilation: for
   *                a process that generates once ({@code make generate}), not for one that loads
   *                again and again ({@code make watch})
   */
  public PipelineLoader(PipelineProject project, ClassLoader parent, boolean preload) {
    this.project = project;
    this.parent = parent;
    this.build = new PipelineBuild(project.classPath(), project.stateDir(), preload, project.release());
  }

  /**
   * What {@link #load} found.
   *
   * @param sources the workflows, in the order the workflows method returned them (or, when found
   *                instead, as {@link WorkflowDiscovery} orders them)
   * @param checks  the extra checks; empty without a checks method
   * @param loader  the loader of the pipeline classes: make it the context class loader while
   *                generating, so an exception in a pipeline is reported at its line
   */
  public record Loaded(List<WorkflowSource> sources, List<WorkflowCheck> checks, ClassLoader loader) {}

  /**
   * Compiles and loads the pipelines as their sources are now: only what changed since the last
   * load is compiled again, but the classes are always loaded afresh.
   *
   * @param entries  the methods that list the workflows and checks, or none to find the workflows
   * @param warnings receives each compiler warning, one javac-style message each; they do not stop
   *                 anything
   * @return the workflows and checks, and the class loader they came from
   * @throws Failure when there are no sources, they do not compile, or the entries cannot be loaded
   */
  public Loaded load(PipelineEntries entries, Consumer<String> warnings) throws Failure {
    List<Path> sources = SourceTree.javaFiles(project.sourceRoot());
    if (sources.isEmpty()) {
      throw new Failure(List.of("error: no .java files under " + project.sourceRoot()), null, true);
    }
    Timing.mark("listed sources");
    PipelineBuild.Outcome outcome = build.build(sources);
    Timing.mark(outcome.how());
    awaitPreload();
    outcome.warnings().forEach(warnings);
    if (outcome.classes() == null) {
      int n = outcome.errors().size();
      throw new Failure(outcome.errors(), n + (n == 1 ? " error" : " errors"), false);
    }
    ClassLoader loader = new ClassBytesLoader(outcome.classes(), parent);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // An exception in a pipeline is reported at its line; finding that line loads classes by name.
    thread.setContextClassLoader(loader);
    try {
      List<WorkflowSource> found = entries.workflows() == null
          ? WorkflowDiscovery.find(loader, outcome.classes().keySet(), project.sourceRoot(), entries)
          : entries.workflows(loader);
      Loaded loaded = new Loaded(found, entries.checks(loader), loader);
      Timing.mark("loaded the pipeline classes");
      return loaded;
    } catch (PipelineEntries.Failure e) {
      throw new Failure(List.of(e.getMessage()), null, false);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Compiles every source in memory, touching no cache: a JIT warm-up for a long-lived process. */
  boolean warmUp() {
    return build.warmUp(SourceTree.javaFiles(project.sourceRoot()));
  }

  private void awaitPreload() {
    try {
      build.awaitPreload();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Timing.mark("waited for the warm-up");
  }

  /** The pipelines could not be loaded; the messages are worded for the user. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    /** The compiler's errors, javac-style, or the one message of a loading failure. */
    private final List<String> messages;
    /** {@code 2 errors}, to start the last line of the report; null when there is nothing to count. */
    private final String count;
    /** Whether the source root held no {@code .java} file. */
    private final boolean noSources;

    Failure(List<String> messages, String count, boolean noSources) {
      super(String.join("\n", messages), null, false, false);
      this.messages = List.copyOf(messages);
      this.count = count;
      this.noSources = noSources;
    }

    /**
     * Whether the source root holds no {@code .java} file: then a setting is wrong, not a pipeline.
     *
     * @return true when there was nothing to compile
     */
    public boolean noSources() {
      return noSources;
    }

    /**
     * The lines to print for the user.
     *
     * @param consequence what the failure means for the caller, e.g. {@code no file was written.}
     * @return each message (compiler errors javac-style), then a last line with the error count, if
     *     counted, and {@code consequence}: {@code 2 errors; no file was written.}
     */
    public List<String> report(String consequence) {
      List<String> lines = new ArrayList<>(messages);
      lines.add(count == null ? consequence : count + "; " + consequence);
      return lines;
    }
  }
}
