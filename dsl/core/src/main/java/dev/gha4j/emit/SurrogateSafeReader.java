package dev.gha4j.emit;

import java.io.Reader;

/**
 * Hands YAML text to the parser so that no read ends between the two halves of a surrogate pair.
 *
 * <p>Why: SnakeYAML Engine 3.0.1 (the version Jackson 3.1.7 uses) reads 1024 characters at a time
 * and, when the last one is a high surrogate, reads one more into a buffer that has no room left:
 * an emoji that happened to straddle character 1024 of a workflow made {@code WorkflowYaml.parse}
 * throw IndexOutOfBoundsException. Version 3.1 fixes that but writes a raw DEL (U+007F), which
 * YAML 1.2 and GitHub's tools do not accept, so this shim is the smaller evil.
 */
final class SurrogateSafeReader extends Reader {
  private final String text;
  private int next;

  SurrogateSafeReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) return 0;
    if (next >= text.length()) return -1;
    int end = Math.min(text.length(), next + length);
    // Stop before a high surrogate whose low half would not fit; the next read starts with it.
    if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    text.getChars(next, end, buffer, offset);
    int count = end - next;
    next = end;
    return count;
  }

  @Override
  public void close() {
    // Nothing to release: the text is a String.
  }
}
