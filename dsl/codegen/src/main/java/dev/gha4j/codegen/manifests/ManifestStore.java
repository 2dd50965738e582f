package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.Catalog;
import dev.gha4j.codegen.Codegen;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.ManifestReader;
import dev.gha4j.generate.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The manifest directory ({@code dsl/actions/src/main/actions}) and where the binding classes are
 * generated ({@code dsl/actions/target/generated-sources/gha4j}). A change is saved all or
 * nothing: the directory is first read as it would be after the change ({@code ManifestReader}
 * checks every manifest) and every class generated from it in memory; only then are manifests and
 * classes written, as one {@link AtomicFiles} unit.
 */
public final class ManifestStore {
  private final Path manifests;
  private final Path sources;

  /**
   * A store.
   *
   * @param manifests the manifest directory
   * @param sources   the source root the binding classes are generated into, or null to write none
   */
  public ManifestStore(Path manifests, Path sources) {
    this.manifests = manifests;
    this.sources = sources;
  }

  /** {@return the manifest directory} */
  public Path manifests() {
    return manifests;
  }

  /** {@return every manifest, sorted by file} */
  public List<Manifest> all() {
    return read(texts()).actions();
  }

  /** Files written by {@link #save}: manifests and generated classes. */
  public record Saved(List<Path> manifests, List<Path> classes) {}

  /**
   * Writes new or updated manifests and regenerates the classes.
   *
   * @param changed the manifests to write; the others stay as they are
   * @return the files written
   * @throws ActionsException when the directory would hold an invalid manifest, or a file cannot be
   *     written; nothing has changed then
   */
  public Saved save(List<Manifest> changed) {
    SortedMap<String, String> texts = texts();
    Map<Path, String> writes = new LinkedHashMap<>();
    for (Manifest m : changed) {
      String text = ManifestText.write(m);
      if (!text.equals(texts.put(m.file(), text))) writes.put(manifests.resolve(m.file()), text);
    }
    Catalog catalog = read(texts);
    List<Path> classes = new ArrayList<>();
    List<Path> deletes = new ArrayList<>();
    try {
      if (sources != null) {
        Codegen.SourceChanges generated = Codegen.changes(Codegen.generate(catalog), sources);
        writes.putAll(generated.writes());
        classes.addAll(generated.writes().keySet());
        deletes.addAll(generated.deletes());
      }
      AtomicFiles.replace(writes, deletes);
    } catch (IOException e) {
      throw new ActionsException("cannot write " + e.getMessage() + "; no manifest and no class was changed");
    }
    List<Path> manifestFiles = writes.keySet().stream().filter(p -> p.startsWith(manifests)).toList();
    return new Saved(manifestFiles, classes);
  }

  private SortedMap<String, String> texts() {
    if (!Files.isDirectory(manifests)) return new TreeMap<>();
    try {
      return ManifestReader.texts(manifests);
    } catch (UncheckedIOException e) {
      throw new ActionsException(e.getMessage() + ": " + e.getCause().getMessage());
    }
  }

  private Catalog read(SortedMap<String, String> texts) {
    try {
      return ManifestReader.read(texts, manifests.toString());
    } catch (IllegalArgumentException e) {
      throw new ActionsException(e.getMessage() + "\nno manifest and no class was changed");
    }
  }
}
