package dev.gha4j.generator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The pipeline classes of the last successful compilation, kept under {@code target/} in a
 * directory of their own (never Maven's {@code target/classes}, so a Maven build and the fast path
 * never see each other's output), with a state file saying what they were compiled from: the
 * environment (Java version; each class path entry's path, size and time, since a rebuilt gha4j
 * jar may change constants javac copies into the pipelines), and each source's content hash and
 * {@link Abi} hash. {@link PipelineBuild} decides from it what to compile.
 */
final class CompileCache {
  private static final String MAGIC = "gha4j-compile-cache 1";
  private final Path classesDir;
  private final Path stateFile;

  /** One source as last compiled. */
  record SourceEntry(String contentHash, String abiHash) {}

  /** One class file: its size (to notice a damaged file) and the source it came from. */
  record ClassEntry(int size, Path source) {}

  /** What the cached classes were compiled from. Source paths are absolute. */
  record State(String env, Map<Path, SourceEntry> sources, Map<String, ClassEntry> classes) {}

  CompileCache(Path stateDir) {
    this.classesDir = stateDir.resolve("classes");
    this.stateFile = stateDir.resolve("compile-state.txt");
  }

  Path classesDir() {
    return classesDir;
  }

  /** A digest of the Java version and every class path entry's path, size and modification time. */
  static String envDigest(String classPath) {
    StringBuilder text = new StringBuilder(System.getProperty("java.version")).append('\n');
    try {
      for (String entry : classPath.split(File.pathSeparator)) {
        if (!entry.isEmpty()) text.append(entry).append('|').append(fingerprint(Path.of(entry))).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state of the last compilation, or null if there is none or it is damaged. */
  State read() {
    try {
      if (!Files.isRegularFile(stateFile)) return null;
      List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("env ")) return null;
      Map<Path, SourceEntry> sources = new HashMap<>();
      Map<String, ClassEntry> classes = new TreeMap<>();
      for (String line : lines.subList(2, lines.size())) {
        String[] f = line.split(" ", 4);
        if (f[0].equals("source")) sources.put(Path.of(f[3]), new SourceEntry(f[1], f[2]));
        else if (f[0].equals("class")) classes.put(f[2], new ClassEntry(Integer.parseInt(f[1]), Path.of(f[3])));
        else return null;
      }
      return new State(lines.get(1).substring(4), sources, classes);
    } catch (IOException | RuntimeException e) {
      return null; // a damaged cache is only a reason to compile again
    }
  }

  /** The cached class files, or null if any is missing or not as written. */
  Map<String, byte[]> loadClasses(State state) {
    Map<String, byte[]> classes = new HashMap<>();
    try {
      for (Map.Entry<String, ClassEntry> c : state.classes().entrySet()) {
        Path file = classFile(c.getKey());
        if (!Files.isRegularFile(file)) return null;
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != c.getValue().size()) return null;
        classes.put(c.getKey(), bytes);
      }
    } catch (IOException e) {
      return null;
    }
    return classes;
  }

  /** Replaces the cache; the state file goes last, so an interrupted store leaves no valid state. */
  void store(State state, Map<String, byte[]> classes) throws IOException {
    Files.deleteIfExists(stateFile);
    deleteTree(classesDir);
    StringBuilder text = new StringBuilder(MAGIC).append("\nenv ").append(state.env()).append('\n');
    new TreeMap<>(state.sources()).forEach((path, s) ->
        text.append("source ").append(s.contentHash()).append(' ').append(s.abiHash()).append(' ').append(path)
            .append('\n'));
    for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
      Path file = classFile(c.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, c.getValue());
      text.append("class ").append(c.getValue().length).append(' ').append(c.getKey()).append(' ')
          .append(state.classes().get(c.getKey()).source()).append('\n');
    }
    Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
  }

  private Path classFile(String binaryName) {
    return classesDir.resolve(binaryName.replace('.', '/') + ".class");
  }

  private static String fingerprint(Path entry) throws IOException {
    if (Files.isRegularFile(entry)) return Files.size(entry) + "@" + Files.getLastModifiedTime(entry);
    if (!Files.isDirectory(entry)) return "missing";
    List<String> parts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(entry)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        parts.add(entry.relativize(p) + "=" + Files.size(p) + "@" + Files.getLastModifiedTime(p));
      }
    }
    return String.join(",", parts);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
