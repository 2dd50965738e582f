package dev.gha4j.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  static final String SIXTY_LINES = IntStream.rangeClosed(1, 60).mapToObj(i -> "line " + i + "\n")
      .collect(Collectors.joining());

  @Test
  void oneInsertedLineIsOneHunkWithThreeLinesOfContext() {
    String after = SIXTY_LINES.replace("line 10\n", "line 10\ninserted\n");

    assertThat(UnifiedDiff.of("a.yml (committed)", SIXTY_LINES, "a.yml (generated)", after)).isEqualTo("""
        --- a.yml (committed)
        +++ a.yml (generated)
        @@ -8,6 +8,7 @@
         line 8
         line 9
         line 10
        +inserted
         line 11
         line 12
         line 13
        """);
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", SIXTY_LINES, "b", SIXTY_LINES)).isEmpty();
  }

  @Test
  void aMissingNewlineAtTheEndShowsAsDiffDoes() {
    assertThat(UnifiedDiff.of("a", "x\ny", "b", "x\ny\n")).isEqualTo("""
        --- a
        +++ b
        @@ -1,2 +1,2 @@
         x
        -y
        \\ No newline at end of file
        +y
        """);
  }

  @Test
  void lineEndingsAloneAreNamedNotDiffed() {
    assertThat(UnifiedDiff.of("a", "x\r\ny\r\n", "b", "x\ny\n")).isEqualTo("""
        --- a
        +++ b
        only the line endings differ (CRLF and LF): see git's core.autocrlf and .gitattributes
        """);
  }
}
