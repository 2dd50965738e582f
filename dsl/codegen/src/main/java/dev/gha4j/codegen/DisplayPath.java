package dev.gha4j.codegen;

import java.nio.file.Path;

/** Paths as commands print them. */
public final class DisplayPath {
  private DisplayPath() {}

  /**
   * A path as the user would type it.
   *
   * @param path any path
   * @return it relative to the working directory when below it, else absolute
   */
  public static String of(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
  }
}
