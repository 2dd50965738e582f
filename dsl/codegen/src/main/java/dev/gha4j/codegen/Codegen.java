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

  public static void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: Codegen <manifest dir> <output source root>");
    write(generate(Path.of(args[0])), Path.of(args[1]));
  }

  /** The generated sources, keyed by path relative to the source root, in a stable order. */
  public static SortedMap<String, String> generate(Path manifestDir) {
    return generate(ManifestReader.read(manifestDir));
  }

  /** The generated sources of {@code catalog}, keyed by path relative to the source root. */
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

  /** Writes changed sources and removes stale {@code .java} files from the generated packages. */
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

  /** The files {@link #write} would write and delete, without touching any. */
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
