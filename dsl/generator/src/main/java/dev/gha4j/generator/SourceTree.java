package dev.gha4j.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The {@code .java} files under a source root, in a stable order. */
final class SourceTree {
  private SourceTree() {}

  // A file visitor rather than a stream: no lambdas to bootstrap in a JVM that lives a second.
  static List<Path> javaFiles(Path root) {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(root)) return files;
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) files.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // deleted while listed, e.g. an editor's temp file
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }
}
