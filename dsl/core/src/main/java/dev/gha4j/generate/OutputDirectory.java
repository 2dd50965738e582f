package dev.gha4j.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Brings {@code .github/workflows/} in line with a {@link Generation}: writes changed files
 * atomically (temp file + rename), leaves identical files untouched (same mtime), and deletes
 * files the generator wrote earlier that no pipeline produces any more (a {@code .yml}/{@code .yaml}
 * file starting with {@link Header#MARK}, or a {@code .md} file starting with
 * {@link Header#MARKDOWN_MARK}; nothing else is ever deleted). Every target is checked before
 * anything is replaced; the writes and deletions are one {@link AtomicFiles} unit.
 */
public final class OutputDirectory {
  private final Path dir;

  /**
   * The generator's view of one directory; nothing is read or written until {@link #plan} or {@link #apply}.
   *
   * @param dir the directory, e.g. {@code .github/workflows}; it need not exist yet
   */
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

    /**
     * The word printed before the file name.
     *
     * @return the constant's name in lower case, e.g. {@code updated} in {@code updated ci.yml}
     */
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

  /**
   * Brings the directory in line with {@code files}, creating it if needed: writes what differs,
   * deletes stale generated files, all or nothing.
   *
   * @param files file name to text, e.g. {@link Generation#files()}
   * @return one change per file, those removed included, sorted by name
   * @throws IOException if a target is not a regular file or not writable, or a write fails; every
   *                     file is then as it was
   */
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
   * @param files file name to text, e.g. {@link Generation#files()}
   * @return one change per file, stale generated files as {@link Action#REMOVED}, sorted by name
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
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.{yml,yaml,md}")) {
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
    String mark = p.getFileName().toString().endsWith(".md") ? Header.MARKDOWN_MARK : Header.MARK;
    try (var reader = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && first.startsWith(mark);
    } catch (java.nio.charset.MalformedInputException e) {
      return false;
    }
  }

  /** Writes {@code targets} and deletes {@code stale} as one unit: on any failure all are put back. */
  private static void replace(List<Path> targets, Map<String, String> files, List<Path> stale) throws IOException {
    Map<Path, String> writes = new LinkedHashMap<>();
    for (Path target : targets) writes.put(target, files.get(target.getFileName().toString()));
    AtomicFiles.replace(writes, stale);
  }
}
