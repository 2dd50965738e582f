package dev.gha4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LONG_SCRIPT counts lines of code in place; it must count exactly what strip-and-filter counts. */
class LinesOfCodeTest {
  // Line breaks of every kind, blanks String.strip() removes (tab, vertical tab, em space), '#', text.
  private static final char[] ALPHABET = {'\n', '\r', ' ', '\t', '\u000B', '\u2003', '#', 'a', 'b', '\u00A0'};

  private static long byStreams(String script) {
    return script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
  }

  @Test
  void countsLikeStripAndFilterOnAnyMixOfLinesBlanksAndComments() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 30)).checkAssert(codes -> {
      String script = text(codes);
      assertThat(HygieneChecks.linesOfCode(script)).as("%s", script.replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(byStreams(script));
    });
  }

  @Test
  void blankLinesAndCommentsAreNotCode() {
    assertThat(HygieneChecks.linesOfCode("set -e\n\n  # why\r\necho hi\r  \n\tmake #not a comment\n"))
        .isEqualTo(3);
  }

  private static String text(List<Integer> codes) {
    StringBuilder s = new StringBuilder();
    for (int c : codes) s.append(ALPHABET[c]);
    return s.toString();
  }
}
