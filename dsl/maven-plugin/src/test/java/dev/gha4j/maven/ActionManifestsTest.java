package dev.gha4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionManifestsTest {
  @TempDir Path dir;

  @Test
  void unpacksTheManifestsOfAJarAndNothingElse() throws IOException {
    Path jar = dir.resolve("gha4j-actions.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "META-INF/gha4j/actions/actions__checkout.yml", "name: checkout");
      put(out, "META-INF/gha4j/actions/nested/other.yml", "no");
      put(out, "META-INF/gha4j/library", "marker");
      put(out, "dev/gha4j/actions/Checkout.class", "bytes");
    }
    Path target = dir.resolve("manifests");

    ActionManifests.unpack(jar.toFile(), target);

    assertThat(names(target)).containsExactly("actions__checkout.yml");
    assertThat(target.resolve("actions__checkout.yml")).hasContent("name: checkout");
  }

  @Test
  void unpacksFromAClassesDirectoryAndForgetsEarlierManifests() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve(ActionManifests.PREFIX));
    Files.writeString(classes.resolve(ActionManifests.PREFIX + "actions__cache.yml"), "name: cache");
    Path target = Files.createDirectories(dir.resolve("manifests"));
    Files.writeString(target.resolve("gone.yml"), "old");

    ActionManifests.unpack(classes.toFile(), target);

    assertThat(names(target)).containsExactly("actions__cache.yml");
  }

  @Test
  void withoutGha4jActionsTheDirectoryIsEmpty() throws IOException {
    Path target = Files.createDirectories(dir.resolve("manifests"));
    Files.writeString(target.resolve("gone.yml"), "old");

    ActionManifests.unpack(null, target);

    assertThat(names(target)).isEmpty();
  }

  private static void put(JarOutputStream jar, String name, String text) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    OutputStream out = jar;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    jar.closeEntry();
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
