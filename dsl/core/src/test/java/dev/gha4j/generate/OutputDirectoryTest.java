package dev.gha4j.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bringing {@code .github/workflows} in line with the generated files. */
class OutputDirectoryTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir
  Path dir;

  private static String generated(String body) {
    return Header.MARK + "x.Y. Do not edit by hand:\n\n" + body;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(p, LONG_AGO);
    return p;
  }

  @Test
  void createdUpdatedUnchangedAndRemoved() throws IOException {
    write("a.yml", generated("a: 1\n"));
    write("b.yml", generated("b: 1\n"));
    write("old.yml", generated("old: 1\n"));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("c.yml", generated("c: 1\n"));
    files.put("b.yml", generated("b: 2\n"));
    files.put("a.yml", generated("a: 1\n"));

    List<OutputDirectory.Change> changes = new OutputDirectory(dir).apply(files);

    assertThat(changes).extracting(Object::toString)
        .containsExactly("unchanged a.yml", "updated b.yml", "created c.yml", "removed old.yml");
    assertThat(changes).extracting(OutputDirectory.Change::action).containsExactly(
        OutputDirectory.Action.UNCHANGED, OutputDirectory.Action.UPDATED, OutputDirectory.Action.CREATED,
        OutputDirectory.Action.REMOVED);
    assertThat(Files.readString(dir.resolve("b.yml"))).isEqualTo(generated("b: 2\n"));
    assertThat(Files.readString(dir.resolve("c.yml"))).isEqualTo(generated("c: 1\n"));
    assertThat(dir.resolve("old.yml")).doesNotExist();
  }

  @Test
  void anUnchangedFileKeepsItsModificationTime() throws IOException {
    Path a = write("a.yml", generated("a: 1\n"));
    new OutputDirectory(dir).apply(Map.of("a.yml", generated("a: 1\n")));
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(LONG_AGO);
  }

  @Test
  void onlyFilesTheGeneratorWroteAreRemoved() throws IOException {
    write("hand-written.yml", "name: Mine\non: push\n");
    write("header-later.yml", "# my notes\n" + generated("x: 1\n"));
    write("generated.yaml", generated("x: 1\n"));
    write("notes.txt", generated("x: 1\n"));
    Files.write(dir.resolve("binary.yml"), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});

    List<OutputDirectory.Change> changes = new OutputDirectory(dir).apply(Map.of());

    assertThat(changes).extracting(Object::toString).containsExactly("removed generated.yaml");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("hand-written.yml", "header-later.yml", "notes.txt", "binary.yml");
    }
  }

  @Test
  void markdownFilesAreRemovedOnlyWhenTheyStartWithTheMarkdownMark() throws IOException {
    write("README.md", "# Graphs\n\nWritten by hand.\n");
    write("yaml-mark.md", generated("x: 1\n"));
    write("old.md", Header.markdownLine("old.yml") + "\n\n# Old\n");
    write("markdown-mark.yml", Header.markdownLine("x.yml") + "\n");

    List<OutputDirectory.Change> changes = new OutputDirectory(dir).apply(Map.of());

    assertThat(changes).extracting(Object::toString).containsExactly("removed old.md");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("README.md", "yaml-mark.md", "markdown-mark.yml");
    }
  }

  @Test
  void aFileThatIsNotUtf8CountsAsChanged() throws IOException {
    Path a = dir.resolve("a.yml");
    Files.write(a, new byte[] {'#', ' ', (byte) 0xFF, '\n'});
    assertThat(new OutputDirectory(dir).apply(Map.of("a.yml", generated("a: 1\n"))))
        .extracting(Object::toString).containsExactly("updated a.yml");
    assertThat(Files.readString(a)).isEqualTo(generated("a: 1\n"));
  }

  @Test
  void aTargetThatIsADirectoryStopsEverythingBeforeAnyChange() throws IOException {
    Path a = write("a.yml", generated("a: 1\n"));
    Path old = write("old.yml", generated("old: 1\n"));
    Files.createDirectory(dir.resolve("b.yml"));
    Map<String, String> files = Map.of("a.yml", generated("a: 2\n"), "b.yml", generated("b: 1\n"), "c.yml", "c");

    assertThatThrownBy(() -> new OutputDirectory(dir).apply(files)).isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("b.yml") + " exists and is not a regular file; move it away and generate again");

    assertThat(Files.readString(a)).isEqualTo(generated("a: 1\n"));
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(LONG_AGO);
    assertThat(old).exists();
    assertThat(dir.resolve("c.yml")).doesNotExist();
    assertThat(tempFiles()).isEmpty();
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    write("a.yml", generated("a: 1\n"));
    new OutputDirectory(dir).apply(Map.of("a.yml", generated("a: 2\n"), "b.yml", generated("b: 1\n")));
    assertThat(tempFiles()).isEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.yml", "b.yml");
    }
  }

  @Test
  void theDirectoryIsCreatedWhenMissing() throws IOException {
    Path nested = dir.resolve("generated/.github/workflows");
    assertThat(new OutputDirectory(nested).apply(Map.of("ci.yml", generated("x: 1\n"))))
        .extracting(Object::toString).containsExactly("created ci.yml");
    assertThat(nested.resolve("ci.yml")).hasContent(generated("x: 1\n"));
  }

  private List<Path> tempFiles() throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
