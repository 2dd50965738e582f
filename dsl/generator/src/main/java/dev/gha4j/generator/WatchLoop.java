package dev.gha4j.generator;

import dev.gha4j.generate.GenerateCommand;
import dev.gha4j.generate.Generation;
import dev.gha4j.generate.OutputDirectory;

import dev.gha4j.api.Problem;
import dev.gha4j.review.WorkflowGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The loop behind {@code make watch}: one JVM that keeps javac and gha4j warm, regenerates after
 * every save, and says what happened ({@code ci.yml updated in 140 ms}, {@code no change}, or the
 * compile and validation errors with file and line, after the compiler's warnings). Each round
 * compiles what changed and loads the classes with a fresh class loader ({@link PipelineLoader};
 * it shares {@code make generate}'s cache), so an edit always takes effect and no failed round
 * leaves anything behind.
 */
final class WatchLoop implements AutoCloseable {
  /** A burst of events (an editor's temp file, rename, write) ends after this much quiet. */
  static final long DEBOUNCE_MS = 50;
  /** Silent rounds after the first, so the first save already finds javac and gha4j compiled. */
  static final int WARM_UP_ROUNDS = 8;

  private final DevOptions options;
  private final PipelineLoader pipelineLoader;
  private final int warmUpRounds;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<WatchKey, Path> dirs = new HashMap<>();
  private final String classPath;
  private final String classPathAtStart;
  private volatile WatchService watcher;
  private volatile boolean closed;
  private String lastTree = "";

  WatchLoop(DevOptions options, String classPath, PrintStream out, PrintStream err) {
    this(options, classPath, out, err, WARM_UP_ROUNDS);
  }

  /** With {@code warmUpRounds} silent compilations after the first round (tests want few). */
  WatchLoop(DevOptions options, String classPath, PrintStream out, PrintStream err, int warmUpRounds) {
    this.warmUpRounds = warmUpRounds;
    this.options = options;
    this.pipelineLoader = new PipelineLoader(options.project(classPath), WatchLoop.class.getClassLoader(), false);
    this.classPath = classPath;
    this.classPathAtStart = CompileCache.envDigest(classPath);
    this.out = out;
    this.err = err;
  }

  /**
   * Compiles every source and regenerates, printing the outcome; {@code startNanos} is when the
   * change was seen, so the time printed is from save to written. Returns whether it generated.
   */
  boolean round(long startNanos) {
    lastTree = fingerprint(SourceTree.javaFiles(options.src()));
    PipelineLoader.Loaded pipelines;
    try {
      pipelines = pipelineLoader.load(options.entries(), err::println);
    } catch (PipelineLoader.Failure e) {
      e.report("no file was written.").forEach(err::println);
      return false;
    }
    Thread.currentThread().setContextClassLoader(pipelines.loader());
    try {
      Generation generation = Generation.of(pipelines.sources(), pipelines.checks(), options.regenerateCommand());
      for (Problem w : generation.warnings()) err.println(w.location() + ": warning: " + w.message());
      if (!generation.problems().isEmpty()) {
        for (Problem p : generation.problems()) err.println(p);
        int n = generation.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + "; no file was written.");
        return false;
      }
      Map<String, String> graphs = options.graphs() == null ? null : WorkflowGraph.files(generation.files());
      report(GenerateCommand.write(generation.files(), options.out(), graphs, options.graphs()), startNanos);
      return true;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "; no file was written.");
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
    } catch (LinkageError | StackOverflowError e) {
      // Generation reports exceptions; errors like these end a one-off run, but not the watch.
      err.println(PipelineEntries.describe("generating failed", e));
      err.println("no file was written.");
    }
    return false;
  }

  // Full compilations in memory, without output or cache; a change saved meanwhile waits in the
  // watch service's queue and is handled right after.
  private void warmUp() {
    for (int i = 0; i < warmUpRounds && !closed; i++) {
      if (!pipelineLoader.warmUp()) return;
    }
  }

  private void report(List<OutputDirectory.Change> changes, long startNanos) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    boolean any = false;
    for (OutputDirectory.Change c : changes) {
      if (c.action() == OutputDirectory.Action.UNCHANGED) continue;
      out.println(c.file() + " " + c.action().word() + " in " + ms + " ms");
      any = true;
    }
    if (!any) out.println("no change (" + ms + " ms)");
  }

  /**
   * Generates once, then after every change under the source root, until {@link #close()}
   * (returns true) or until gha4j's own jars change under it (returns false: start again).
   */
  boolean run() throws IOException, InterruptedException {
    watcher = FileSystems.getDefault().newWatchService();
    if (closed) {
      watcher.close();
      return true;
    }
    registerTree(options.src());
    if (round(System.nanoTime())) warmUp();
    out.println("watching " + options.src() + " (Ctrl-C to stop)");
    try {
      while (!closed) {
        WatchKey key = watcher.take();
        long start = System.nanoTime();
        drain(key);
        for (WatchKey more; (more = watcher.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null; ) drain(more);
        // Editors write temp and backup files too; only a change to the .java files counts.
        if (fingerprint(SourceTree.javaFiles(options.src())).equals(lastTree)) continue;
        if (!CompileCache.envDigest(classPath).equals(classPathAtStart)) {
          // This JVM has the old gha4j loaded; its YAML could be stale.
          err.println("gha4j or one of its jars was rebuilt since make watch started; start it again");
          watcher.close();
          return false;
        }
        round(start);
      }
    } catch (ClosedWatchServiceException e) {
      // close() was called: a normal end.
    }
    return true;
  }

  private void drain(WatchKey key) throws IOException {
    Path dir = dirs.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path child = dir.resolve((Path) event.context());
        if (Files.isDirectory(child)) registerTree(child);
      }
    }
    if (!key.reset()) dirs.remove(key);
  }

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        dirs.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE), dir);
      }
    }
  }

  // Paths, sizes and modification times: cheap, and it changes with every save of a .java file.
  private static String fingerprint(List<Path> sources) {
    List<String> parts = new ArrayList<>(sources.size());
    for (Path p : sources) {
      try {
        parts.add(p + "=" + Files.size(p) + "@" + Files.getLastModifiedTime(p));
      } catch (IOException e) {
        parts.add(p + "=gone");
      }
    }
    return String.join("\n", parts);
  }

  /** Stops {@link #run()}; safe to call from another thread or a shutdown hook. */
  @Override
  public void close() throws IOException {
    closed = true;
    WatchService w = watcher;
    if (w != null) w.close();
  }
}
