package dev.gha4j.codegen;

import com.palantir.javapoet.JavaFile;
import dev.gha4j.generate.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Entry point: {@code Codegen <manifest dir> <output source root>}. Generates one class per
 * manifest, rewrites only files whose content changed (so incremental compilation stays
 * incremental) and deletes classes whose manifest is gone, all as one unit.
 */
public final class Codegen {
  private Codegen() {}

  /**
   * Generates the classes of a manifest directory into a source root, as {@code dsl/actions}' build
   * does before compiling.
   *
   * @param args the manifest directory and the output source root
   * @throws IOException when a source cannot be read, written or deleted; then no file has changed
   * @throws IllegalArgumentException when there are not exactly two arguments, or when a manifest is
   *     invalid (the message lists every problem)
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: Codegen <manifest dir> <output source root>");
    write(generate(Path.of(args[0])), Path.of(args[1]));
  }

  /**
   * Reads the manifests in a directory and generates their classes, without writing anything.
   *
   * @param manifestDir the directory of {@code *.yml} manifests, e.g. {@code dsl/actions/src/main/actions}
   * @return each generated class's source ({@code dev/gha4j/actions/Checkout.java}, relative to the
   *     source root) to its text, sorted by path; the same manifests always give the same text
   * @throws IllegalArgumentException when a manifest is invalid; the message lists every problem
   */
  public static SortedMap<String, String> generate(Path manifestDir) {
    return generate(ManifestReader.read(manifestDir));
  }

  /**
   * Generates one binding class per manifest of a catalog, and the catalog class listing them.
   *
   * @param catalog manifests already read, e.g. by {@link ManifestReader#read(Path)}
   * @return each generated class's source ({@code dev/gha4j/actions/Checkout.java}, relative to the
   *     source root) to its text, sorted by path
   */
  public static SortedMap<String, String> generate(Catalog catalog) {
    List<JavaFile> files = new ArrayList<>();
    for (Manifest manifest : catalog.actions()) files.add(ActionClassWriter.write(manifest));
    files.add(CatalogWriter.write(catalog));
    SortedMap<String, String> sources = new TreeMap<>();
    for (JavaFile file : files) {
      sources.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java", file.toString());
    }
    return sources;
  }

  /**
   * Writes the sources whose text changed and deletes the {@code .java} files in the generated
   * package that no manifest produces any more, all at once: an unchanged file keeps its time stamp,
   * so incremental compilation stays incremental.
   *
   * @param sources what {@link #generate(Catalog)} returned
   * @param root    the source root the paths in {@code sources} are relative to; created if missing
   * @throws IOException when a file cannot be read, written or deleted; then no file has changed
   */
  public static void write(SortedMap<String, String> sources, Path root) throws IOException {
    SourceChanges changes = changes(sources, root);
    AtomicFiles.replace(changes.writes(), changes.deletes());
  }

  /**
   * What {@link #write} would change below {@code root}.
   *
   * @param writes  files whose content differs from {@code sources}, to their new text
   * @param deletes generated files no manifest produces any more
   */
  public record SourceChanges(Map<Path, String> writes, List<Path> deletes) {}

  /**
   * The files {@link #write} would write and delete, without touching any, so that a tool can write
   * them together with files of its own.
   *
   * @param sources what {@link #generate(Catalog)} returned
   * @param root    the source root the paths in {@code sources} are relative to
   * @return the files to write, with their text, and the stale files to delete; both empty when the
   *     source root is up to date
   * @throws IOException when an existing source cannot be read
   */
  public static SourceChanges changes(SortedMap<String, String> sources, Path root) throws IOException {
    Map<Path, String> writes = new LinkedHashMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = root.resolve(source.getKey());
      byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) writes.put(file, source.getValue());
    }
    List<Path> deletes = new ArrayList<>();
    Path packageDir = root.resolve(ActionClassWriter.PACKAGE.replace('.', '/'));
    if (Files.isDirectory(packageDir)) {
      try (Stream<Path> existing = Files.list(packageDir)) {
        for (Path file : existing.sorted().toList()) {
          String key = root.relativize(file).toString().replace('\\', '/');
          if (key.endsWith(".java") && !sources.containsKey(key)) deletes.add(file);
        }
      }
    }
    return new SourceChanges(writes, deletes);
  }
}
