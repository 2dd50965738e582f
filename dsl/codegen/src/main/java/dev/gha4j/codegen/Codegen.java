package dev.gha4j.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Entry point: {@code Codegen <manifest dir> <output source root>}. Generates one class per
 * manifest, rewrites only files whose content changed (so incremental compilation stays
 * incremental) and deletes classes whose manifest is gone.
 */
public final class Codegen {
  private Codegen() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: Codegen <manifest dir> <output source root>");
    write(generate(Path.of(args[0])), Path.of(args[1]));
  }

  /** The generated sources, keyed by path relative to the source root, in a stable order. */
  public static SortedMap<String, String> generate(Path manifestDir) {
    Catalog catalog = ManifestReader.read(manifestDir);
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
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = root.resolve(source.getKey());
      byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) continue;
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    }
    Path packageDir = root.resolve(ActionClassWriter.PACKAGE.replace('.', '/'));
    try (Stream<Path> existing = Files.list(packageDir)) {
      for (Path file : existing.toList()) {
        String key = root.relativize(file).toString().replace('\\', '/');
        if (key.endsWith(".java") && !sources.containsKey(key)) Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
