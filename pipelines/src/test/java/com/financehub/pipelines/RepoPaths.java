package com.financehub.pipelines;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the committed workflows and the Node checker, whatever directory Maven runs in. */
final class RepoPaths {
  private RepoPaths() {}

  /** The repository root: the first ancestor of the working directory holding {@code generated/}. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("generated")) && Files.isRegularFile(p.resolve("Makefile"))) return p;
    }
    throw new IllegalStateException("no generated/ directory above " + dir);
  }

  static Path workflows() {
    return root().resolve("generated/.github/workflows");
  }

  static Path workflow(String fileName) {
    return workflows().resolve(fileName);
  }
}
