package dev.gha4j.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Comments Jackson cannot write. The tree gets a placeholder where a comment belongs: a key first
 * in an element's mapping (for a suppression reason) or a {@code uses:} value (for the version of
 * a SHA-pinned action). After Jackson has written the YAML, {@link #apply} replaces each
 * placeholder. The validator refuses any text containing {@link #RESERVED}, so a placeholder can
 * only be one this class made.
 */
final class Markers {
  /** No text in a workflow may contain this; see {@code Validator}. */
  static final String RESERVED = "__gha4j_";
  private static final String COMMENT = RESERVED + "comment_";
  private static final String USES = RESERVED + "uses_";

  private final List<String> comments = new ArrayList<>();
  private final List<String> uses = new ArrayList<>();

  /** Registers a comment line; returns the key to put first in the element's mapping. */
  String comment(String text) {
    comments.add(commentLine(text));
    return COMMENT + (comments.size() - 1);
  }

  /**
   * {@code text} made safe as the rest of one {@code #} comment line: each line break (LF, CR, NEL,
   * LS, PS) or character YAML cannot carry unescaped, with the blanks around it, becomes one space.
   * A line break kept in a reason would end the comment and let the rest be read as YAML.
   */
  static String commentLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = c == ' ' || c == '\t';
      if (!blank && !GitHubQuoting.isPlainSafe(c)) {
        gap = true;
        while (out.length() > 0 && isBlank(out.charAt(out.length() - 1))) out.setLength(out.length() - 1);
      } else if (!(gap && blank)) {
        if (gap && out.length() > 0) out.append(' ');
        gap = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Registers {@code uses: <value> # <comment>}, where the comment is a pinned action's version,
   * possibly followed by more; returns the placeholder value.
   */
  String uses(String value, String comment) {
    uses.add(value + " # " + commentLine(comment));
    return USES + (uses.size() - 1);
  }

  /**
   * Replaces the placeholders in Jackson's output. Lines without one are copied as ranges, never
   * split into strings: a 10,000-job workflow has hundreds of thousands of lines.
   */
  String apply(String yaml) {
    if (comments.isEmpty() && uses.isEmpty()) return yaml;
    StringBuilder out = new StringBuilder(yaml.length() + 64 * uses.size());
    String carry = null; // a list marker moved down from the comment line above
    int next = yaml.indexOf(RESERVED);
    int start = 0;
    while (true) {
      int newline = yaml.indexOf('\n', start);
      int end = newline < 0 ? yaml.length() : newline;
      boolean marked = next >= 0 && next < end;
      if (carry == null && !marked) {
        out.append(yaml, start, end);
      } else {
        String line = carry == null ? yaml.substring(start, end) : carry + yaml.substring(start + carry.length(), end);
        carry = replace(line, out);
      }
      if (marked) next = yaml.indexOf(RESERVED, end);
      if (newline < 0) return out.toString();
      out.append('\n');
      start = newline + 1;
    }
  }

  // Writes one line with its placeholder replaced; returns the prefix the next line must take
  // when a comment was put above a list item, else null.
  private String replace(String line, StringBuilder out) {
    int at = line.indexOf(RESERVED);
    if (at >= 0 && line.startsWith(USES, at)) {
      out.append(line, 0, at).append(uses.get(Integer.parseInt(line.substring(at + USES.length()))));
    } else if (at >= 0 && line.startsWith(COMMENT, at)) {
      String head = line.substring(0, at);
      int number = Integer.parseInt(line.substring(at + COMMENT.length(), line.indexOf(':', at)));
      boolean listItem = head.endsWith("- ");
      String indent = listItem ? head.substring(0, head.length() - 2) : head;
      out.append(indent).append("# ").append(comments.get(number));
      if (listItem) return indent + "- ";
    } else {
      out.append(line);
    }
    return null;
  }
}
