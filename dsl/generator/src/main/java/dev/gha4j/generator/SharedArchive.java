package dev.gha4j.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps {@code tools/gha4j-java}'s class-data sharing archive usable. A JVM silently ignores an
 * archive another JVM wrote (after a JDK update, say), which would leave every run slow for good;
 * so the run that dumps the archive records which JVM it was, and a run by another JVM deletes
 * the archive for the next run to dump again. Only speed depends on this, never the output.
 */
final class SharedArchive {
  private SharedArchive() {}

  /** Acts on {@code -Dgha4j.cds.archive} and {@code -Dgha4j.cds.dumping}, which the script sets. */
  static void check() {
    String archive = System.getProperty("gha4j.cds.archive");
    if (archive == null) return;
    Path vmFile = Path.of(archive + ".vm");
    String vm = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    try {
      if (Boolean.getBoolean("gha4j.cds.dumping")) {
        Files.writeString(vmFile, vm, StandardCharsets.UTF_8);
      } else if (!Files.isRegularFile(vmFile) || !Files.readString(vmFile, StandardCharsets.UTF_8).equals(vm)) {
        Files.deleteIfExists(Path.of(archive));
        Files.deleteIfExists(vmFile);
      }
    } catch (IOException e) {
      // Speed only: the next run tries again.
    }
  }
}
