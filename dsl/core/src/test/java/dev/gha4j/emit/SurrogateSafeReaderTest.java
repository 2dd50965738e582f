package dev.gha4j.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parsing text whose surrogate pairs straddle the parser's 1024-character read window. */
class SurrogateSafeReaderTest {

  @Test
  void anEmojiAtAnyOffsetAroundTheReadWindowParses() {
    String emoji = "\uD83D\uDE80";
    for (int filler = 1000; filler < 1040; filler++) {
      String value = "x".repeat(filler) + emoji + "y";
      String yaml = "a: " + value + "\n";
      assertThat(WorkflowYaml.parse(yaml).get("a").stringValue()).as("filler %d", filler).isEqualTo(value);
    }
  }

  @Test
  void aReadNeverEndsWithTheHighHalfOfAPair() {
    String text = "ab\uD83D\uDE80cd";
    SurrogateSafeReader reader = new SurrogateSafeReader(text);
    char[] buffer = new char[3];
    StringBuilder all = new StringBuilder();
    int count;
    while ((count = reader.read(buffer, 0, 3)) > 0) {
      assertThat(Character.isHighSurrogate(buffer[count - 1])).isFalse();
      all.append(buffer, 0, count);
    }
    assertThat(all.toString()).isEqualTo(text);
  }

  @Test
  void aLoneTrailingHighSurrogateIsStillHandedOver() {
    SurrogateSafeReader reader = new SurrogateSafeReader("\uD83D");
    char[] buffer = new char[8];
    assertThat(reader.read(buffer, 0, 8)).isEqualTo(1);
    assertThat(reader.read(buffer, 0, 8)).isEqualTo(-1);
  }
}
