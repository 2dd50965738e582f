package dev.gha4j.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Brings {@code .github/workflows/} in line with a {@link Generation}: writes changed files
 * atomically (temp file + rename), leaves identical files untouched (same mtime), and deletes
 * files the generator wrote earlier that no pipeline produces any more. Every target is checked
 * before anything is replaced; if a replacement or a deletion still fails, the files already
 * replaced or deleted are restored.
 */
public final class OutputDirectory {
  private final Path dir;

  /** The directory {@code dir}, e.g. {@code .github/workflows}; it need not exist yet. */
  public OutputDirectory(Path dir) {
    this.dir = dir;
  }

  /** What {@link #apply} did to one file. */
  public enum Action {
    /** The file did not exist and was written. */
    CREATED,
    /** The file existed with other content and was replaced. */
    UPDATED,
    /** The file already held exactly the generated text; it was not touched. */
    UNCHANGED,
    /** The generator wrote the file earlier and no workflow produces it any more; it was deleted. */
    REMOVED;

    /** The word printed before the file name: {@code updated ci.yml}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What happened to one file.
   *
   * @param file   the file name inside the output directory
   * @param action what was done to it
   */
  public record Change(String file, Action action) {
    /** {@code updated ci.yml}. */
    @Override
    public String toString() {
      return action.word() + " " + file;
    }
  }

  /** Applies {@code files}; returns one change per file, sorted by name. */
  public List<Change> apply(Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    List<Change> changes = plan(files);
    List<Path> toWrite = new ArrayList<>();
    List<Path> stale = new ArrayList<>();
    for (Change change : changes) {
      switch (change.action()) {
        case CREATED -> toWrite.add(dir.resolve(change.file()));
        case UPDATED -> {
          Path target = dir.resolve(change.file());
          if (!Files.isWritable(target)) throw new IOException(target + " is not writable");
          toWrite.add(target);
        }
        case REMOVED -> stale.add(dir.resolve(change.file()));
        case UNCHANGED -> { }
      }
    }
    replace(toWrite, files, stale);
    return changes;
  }

  /**
   * What {@link #apply} would do with {@code files}, without changing anything: one change per
   * file, sorted by name. Every change but {@link Action#UNCHANGED} means the directory is not
   * what the pipelines produce, which is what a check before merging wants to know.
   *
   * @throws IOException if a target cannot be read, or exists and is not a regular file
   */
  public List<Change> plan(Map<String, String> files) throws IOException {
    List<Change> changes = new ArrayList<>();
    for (String name : new TreeSet<>(files.keySet())) {
      Path target = dir.resolve(name);
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        throw new IOException(target + " exists and is not a regular file; move it away and generate again");
      }
      boolean exists = Files.exists(target);
      // Bytes, not text: a hand-edited file that is not UTF-8 must count as changed, not make
      // readString throw a MalformedInputException that stops the whole generation.
      if (exists && Arrays.equals(Files.readAllBytes(target), files.get(name).getBytes(StandardCharsets.UTF_8))) {
        changes.add(new Change(name, Action.UNCHANGED));
      } else {
        changes.add(new Change(name, exists ? Action.UPDATED : Action.CREATED));
      }
    }
    if (Files.isDirectory(dir)) {
      for (Path old : staleFiles(files)) changes.add(new Change(old.getFileName().toString(), Action.REMOVED));
    }
    changes.sort((a, b) -> a.file().compareTo(b.file()));
    return changes;
  }

  private List<Path> staleFiles(Map<String, String> files) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
      for (Path p : entries) {
        if (!files.containsKey(p.getFileName().toString()) && Files.isRegularFile(p) && ownedByGenerator(p)) {
          stale.add(p);
        }
      }
    }
    stale.sort(null);
    return stale;
  }

  private static boolean ownedByGenerator(Path p) throws IOException {
    try (var reader = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && first.startsWith(Header.MARK);
    } catch (java.nio.charset.MalformedInputException e) {
      return false;
    }
  }

  /** Writes {@code targets} and deletes {@code stale} as one unit: on any failure all are put back. */
  private void replace(List<Path> targets, Map<String, String> files, List<Path> stale) throws IOException {
    List<Path> temps = new ArrayList<>();
    try {
      for (Path target : targets) {
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        temps.add(temp);
        Files.writeString(temp, files.get(target.getFileName().toString()), StandardCharsets.UTF_8);
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
      for (Path old : stale) {
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
