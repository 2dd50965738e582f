package dev.gha4j.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The action manifests gha4j-actions was generated from, which it ships under {@value #PREFIX}:
 * unpacked to a directory, they let the importer turn a step pinned to a known commit into the
 * typed binding of the project's own gha4j-actions version.
 */
final class ActionManifests {
  static final String PREFIX = "META-INF/gha4j/actions/";

  private ActionManifests() {}

  /**
   * Makes {@code target} hold exactly the manifests of {@code actions} (a jar, or a classes
   * directory when gha4j-actions is built in the same reactor); empty when {@code actions} is null.
   */
  static void unpack(File actions, Path target) throws IOException {
    Files.createDirectories(target);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(target, "*.yml")) {
      for (Path p : old) Files.delete(p);
    }
    if (actions == null) return;
    if (actions.isDirectory()) {
      Path dir = actions.toPath().resolve(PREFIX);
      if (!Files.isDirectory(dir)) return;
      try (DirectoryStream<Path> manifests = Files.newDirectoryStream(dir, "*.yml")) {
        for (Path p : manifests) Files.copy(p, target.resolve(p.getFileName()));
      }
      return;
    }
    try (JarFile jar = new JarFile(actions)) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!name.startsWith(PREFIX) || !name.endsWith(".yml") || name.indexOf('/', PREFIX.length()) >= 0) continue;
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, target.resolve(name.substring(PREFIX.length())), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
