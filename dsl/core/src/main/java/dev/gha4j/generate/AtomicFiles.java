package dev.gha4j.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes and deletes several files as one unit. Every new text goes to a temporary file next to
 * its target first; only when all are written are they moved into place (atomically where the
 * file system can), and the deletions done. If a move or a deletion fails, the files already
 * replaced or deleted get their old content back, so a failure leaves every file as it was.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces each key of {@code writes} with its text (UTF-8) and deletes {@code deletes}, all or
   * nothing. Missing parent directories are created.
   *
   * @param writes  target file to its new text, applied in the map's order
   * @param deletes files to delete after the writes
   * @throws IOException when a file cannot be written or deleted; nothing has changed then
   */
  public static void replace(Map<Path, String> writes, Collection<Path> deletes) throws IOException {
    List<Path> targets = new ArrayList<>(writes.keySet());
    List<Path> temps = new ArrayList<>();
    try {
      for (Path target : targets) {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        temps.add(temp);
        Files.writeString(temp, writes.get(target), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      for (Path t : temps) Files.deleteIfExists(t);
      throw e;
    }
    List<Path> done = new ArrayList<>();
    List<byte[]> before = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i);
        before.add(Files.exists(target) ? Files.readAllBytes(target) : null);
        move(temps.get(i), target);
        done.add(target);
      }
      for (Path old : deletes) {
        byte[] content = Files.readAllBytes(old);
        Files.delete(old);
        before.add(content);
        done.add(old);
      }
    } catch (IOException e) {
      restore(done, before);
      for (Path t : temps) Files.deleteIfExists(t);
      throw e;
    }
  }

  private static void restore(List<Path> done, List<byte[]> before) throws IOException {
    for (int i = 0; i < done.size(); i++) {
      if (before.get(i) == null) Files.deleteIfExists(done.get(i));
      else Files.write(done.get(i), before.get(i));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
