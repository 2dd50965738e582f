package dev.gha4j.generator;

import dev.gha4j.generator.CompileCache.ClassEntry;
import dev.gha4j.generator.CompileCache.SourceEntry;
import dev.gha4j.generator.CompileCache.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline classes for the sources as they are now, by the cheapest way that cannot be stale:
 *
 * <ol>
 *   <li>the cached classes, when no source, class path entry or the Java version changed;
 *   <li>else, when only existing sources were edited, those sources compiled against the cached
 *       classes of the rest, kept only if every edited source's {@link Abi} is unchanged (so the
 *       other classes are exactly what compiling them again would give);
 *   <li>else every source compiled; its errors are the ones reported.
 * </ol>
 */
final class PipelineBuild {
  private final String classPath;
  private final String release;
  private final CompileCache cache;
  private final String env;
  private InProcessJavac javac; // made on first use: loading javac costs a run with nothing to compile
  private final boolean preload;
  private Thread preloading;

  /**
   * Classes, or errors; the warnings of what was compiled this time (none when the cached classes
   * were used, as with javac itself); {@code how} says which way the classes were obtained (for
   * timing output).
   */
  record Outcome(Map<String, byte[]> classes, List<String> errors, List<String> warnings, String how) {}

  PipelineBuild(String classPath, Path stateDir) {
    this(classPath, stateDir, false, "17");
  }

  /**
   * Compiles for {@code release} (javac's {@code --release}; null for the running JDK's). With
   * {@code preload}, the first compilation runs {@link Preload} on another thread meanwhile.
   */
  PipelineBuild(String classPath, Path stateDir, boolean preload, String release) {
    this.preload = preload;
    this.classPath = classPath;
    this.release = release;
    this.cache = new CompileCache(stateDir);
    // Other compiler options make other classes: part of what the cache must match.
    this.env = CompileCache.sha256((CompileCache.envDigest(classPath) + InProcessJavac.options(release))
        .getBytes(StandardCharsets.UTF_8));
  }

  Outcome build(List<Path> sources) {
    Map<Path, String> hashes = contentHashes(sources);
    State state = cache.read();
    if (state != null && state.env().equals(env) && state.sources().keySet().equals(hashes.keySet())) {
      Map<String, byte[]> cached = cache.loadClasses(state);
      if (cached != null) {
        List<Path> edited = new ArrayList<>();
        for (Path source : sources) {
          if (!hashes.get(key(source)).equals(state.sources().get(key(source)).contentHash())) edited.add(source);
        }
        if (edited.isEmpty()) return new Outcome(cached, List.of(), List.of(), "cached classes");
        Outcome partial = compileEdited(edited, sources.size(), state, cached, hashes);
        if (partial != null) return partial;
      }
    }
    return compileAll(sources, hashes);
  }

  /** Compiles everything in memory without touching the cache: a JIT warm-up for the watch loop. */
  boolean warmUp(List<Path> sources) {
    return javac().compile(sources, null).ok();
  }

  private Outcome compileEdited(List<Path> edited, int total, State state, Map<String, byte[]> cached,
      Map<Path, String> hashes) {
    InProcessJavac.Result result = javac().compile(edited, cache.classesDir());
    if (!result.ok()) return null; // compiling all gives the complete list of errors
    for (Path source : edited) {
      String abi = CompileCache.sha256(result.abi().getOrDefault(key(source), "").getBytes(StandardCharsets.UTF_8));
      if (!abi.equals(state.sources().get(key(source)).abiHash())) return null;
    }
    Map<String, byte[]> classes = new HashMap<>(cached);
    Map<String, ClassEntry> entries = new HashMap<>(state.classes());
    for (Path source : edited) {
      for (Map.Entry<String, ClassEntry> e : state.classes().entrySet()) {
        if (e.getValue().source().equals(key(source))) {
          classes.remove(e.getKey());
          entries.remove(e.getKey());
        }
      }
    }
    classes.putAll(result.classes());
    entries.putAll(classEntries(result));
    Map<Path, SourceEntry> sources = new HashMap<>(state.sources());
    for (Path source : edited) {
      sources.put(key(source), new SourceEntry(hashes.get(key(source)), state.sources().get(key(source)).abiHash()));
    }
    store(new State(env, sources, entries), classes);
    String how = "compiled " + edited.size() + " of " + total + " sources";
    return new Outcome(classes, List.of(), result.warnings(), how);
  }

  private Outcome compileAll(List<Path> sources, Map<Path, String> hashes) {
    InProcessJavac.Result result = javac().compile(sources, null);
    if (!result.ok()) return new Outcome(null, result.errors(), result.warnings(), "compile errors");
    Map<Path, SourceEntry> entries = new HashMap<>();
    for (Path source : sources) {
      String abi = result.abi().getOrDefault(key(source), "");
      entries.put(key(source), new SourceEntry(hashes.get(key(source)),
          CompileCache.sha256(abi.getBytes(StandardCharsets.UTF_8))));
    }
    store(new State(env, entries, classEntries(result)), result.classes());
    String how = "compiled all " + sources.size() + " sources";
    return new Outcome(result.classes(), List.of(), result.warnings(), how);
  }

  private static Map<String, ClassEntry> classEntries(InProcessJavac.Result result) {
    Map<String, ClassEntry> entries = new HashMap<>();
    result.classes().forEach((name, bytes) -> entries.put(name, new ClassEntry(bytes.length, result.origins().get(name))));
    return entries;
  }

  private InProcessJavac javac() {
    if (javac == null) {
      javac = new InProcessJavac(classPath, release);
      if (preload) preloading = Preload.start();
    }
    return javac;
  }

  /** Waits for the warm-up started alongside the first compilation, if any. */
  void awaitPreload() throws InterruptedException {
    if (preloading != null) preloading.join();
  }

  // A cache that cannot be written only costs the next run a compilation.
  private void store(State state, Map<String, byte[]> classes) {
    try {
      cache.store(state, classes);
    } catch (IOException e) {
      System.err.println("warning: could not cache the compiled pipelines: " + e.getMessage());
    }
  }

  private static Map<Path, String> contentHashes(List<Path> sources) {
    Map<Path, String> hashes = new HashMap<>();
    try {
      for (Path source : sources) hashes.put(key(source), CompileCache.sha256(Files.readAllBytes(source)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  // javac names sources by absolute path; so does the cache.
  private static Path key(Path source) {
    return source.toAbsolutePath().normalize();
  }
}
