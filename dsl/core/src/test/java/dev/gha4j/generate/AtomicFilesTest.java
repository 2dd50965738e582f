package dev.gha4j.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files written and deleted as one unit. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesIntoNewDirectoriesAndDeletesInOneGo() throws IOException {
    Path old = Files.writeString(dir.resolve("old.txt"), "old");
    Path nested = dir.resolve("a/b/new.txt");

    AtomicFiles.replace(Map.of(nested, "new"), List.of(old));

    assertThat(nested).hasContent("new");
    assertThat(old).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void whenOneMoveFailsTheFilesAlreadyReplacedGetTheirOldContentBack() throws IOException {
    Path first = Files.writeString(dir.resolve("first.txt"), "before");
    Path created = dir.resolve("created.txt");
    Path blocked = Files.createDirectories(dir.resolve("blocked"));
    Files.writeString(blocked.resolve("inside.txt"), "a directory that is not empty cannot be replaced");
    Path kept = Files.writeString(dir.resolve("kept.txt"), "kept");
    Map<Path, String> writes = new LinkedHashMap<>();
    writes.put(first, "after");
    writes.put(created, "new");
    writes.put(blocked, "fails");

    assertThatThrownBy(() -> AtomicFiles.replace(writes, List.of(kept))).isInstanceOf(IOException.class);

    assertThat(first).hasContent("before");
    assertThat(created).doesNotExist();
    assertThat(kept).hasContent("kept");
    assertThat(leftovers()).isEmpty();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
