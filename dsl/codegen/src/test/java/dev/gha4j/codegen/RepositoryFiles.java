package dev.gha4j.codegen;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository the tests read: the real manifests, the Makefile, test resources. */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The repository root, found from the test's working directory (the module directory). */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("dsl/actions/src/main/actions"))) dir = dir.getParent();
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The action manifests, {@code dsl/actions/src/main/actions}. */
  public static Path manifests() {
    return root().resolve("dsl/actions/src/main/actions");
  }

  /** A file of this module's test resources. */
  public static Path testResource(String name) {
    try {
      return Path.of(RepositoryFiles.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }
}
