package dev.gha4j.generate;

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
import java.util.stream.Stream;

/**
 * The pipeline classes of the last successful compilation, kept under {@code target/}, with a
 * digest of everything they were compiled from: each source's path and content, each class path
 * entry's path, size and modification time (a rebuilt gha4j jar may change constants javac
 * inlines), and the Java version. Classes are reused only when that digest is the same and every
 * class file is still there as written, so stale classes can never produce stale YAML.
 *
 * <p>The classes live in a directory of their own, not Maven's {@code target/classes}, so that a
 * Maven build and the fast path never see each other's output.
 */
final class CompileCache {
  private final Path classesDir;
  private final Path stamp;

  CompileCache(Path stateDir) {
    this.classesDir = stateDir.resolve("classes");
    this.stamp = stateDir.resolve("classes.sha256");
  }

  /** A digest of the sources and class path, the key for {@link #load} and {@link #store}. */
  static String digest(List<Path> sources, String classPath) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, System.getProperty("java.version"));
      for (String entry : classPath.split(File.pathSeparator)) {
        if (entry.isEmpty()) continue;
        update(sha, entry + "|" + fingerprint(Path.of(entry)));
      }
      for (Path source : sources) {
        update(sha, source.toString());
        sha.update(Files.readAllBytes(source));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached classes if they were compiled from exactly this digest, else {@code null}. */
  Map<String, byte[]> load(String digest) {
    try {
      if (!Files.isRegularFile(stamp)) return null;
      List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(digest)) return null;
      Map<String, byte[]> classes = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        int space = line.indexOf(' ');
        String name = line.substring(space + 1);
        Path file = classFile(name);
        if (!Files.isRegularFile(file)) return null;
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != Long.parseLong(line.substring(0, space))) return null;
        classes.put(name, bytes);
      }
      return classes;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged cache is only a reason to compile again
    }
  }

  /** Replaces the cached classes; the stamp is written last, so a crash leaves no valid stamp. */
  void store(String digest, Map<String, byte[]> classes) throws IOException {
    Files.deleteIfExists(stamp);
    deleteTree(classesDir);
    StringBuilder text = new StringBuilder(digest).append('\n');
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      Path file = classFile(c.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, c.getValue());
      text.append(c.getValue().length).append(' ').append(c.getKey()).append('\n');
    }
    Path temp = stamp.resolveSibling(stamp.getFileName() + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, stamp, StandardCopyOption.REPLACE_EXISTING);
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

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
