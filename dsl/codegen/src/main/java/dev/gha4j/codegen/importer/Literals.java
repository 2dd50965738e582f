package dev.gha4j.codegen.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * Java literals for YAML text: a string literal for one line, a text block ({@code """}) for a
 * script of several lines, escaped so that the block means exactly the original text.
 */
final class Literals {
  private Literals() {}

  /** {@code // text}, the text made safe for one line of Java. */
  static String lineComment(String text) {
    String safe = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ").replace("\\u", "\\\\u").stripTrailing();
    return safe.isEmpty() ? "//" : "// " + safe;
  }

  /** A string literal or, for text of two lines or more, a text block. */
  static CodeBlock text(String value) {
    if (value == null) return CodeBlock.of("null");
    int newline = value.indexOf('\n');
    boolean severalLines = newline >= 0 && newline < value.length() - 1;
    // The block's lines sit four spaces deeper than the line that opens it.
    return severalLines ? CodeBlock.of("$>$>$L$<$<", textBlock(value)) : string(value);
  }

  /**
   * A string literal. Unlike JavaPoet's {@code $S}, it escapes NEL, LS and PS: JavaPoet starts a
   * new source line at each of them, which breaks the literal.
   */
  static CodeBlock string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> escaped(out, c);
      }
    }
    return CodeBlock.of("$L", out.append('"'));
  }

  /** Control characters as octal escapes; NEL, LS, PS as Unicode escapes (not line breaks to javac). */
  private static void escaped(StringBuilder out, char c) {
    if (c < 0x20 || c == 0x7F) out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
    else if (c == 0x85 || c == 0x2028 || c == 0x2029) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    else out.append(c);
  }

  /**
   * A text block whose value is {@code value}. The lines are written without indentation; JavaPoet
   * indents every non-empty line and the closing delimiter alike, which javac strips again as
   * incidental whitespace.
   */
  static String textBlock(String value) {
    StringBuilder out = new StringBuilder("\"\"\"\n");
    boolean endsWithNewline = value.endsWith("\n");
    String body = endsWithNewline ? value.substring(0, value.length() - 1) : value;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      boolean last = i == lines.length - 1;
      out.append(line(lines[i], last && !endsWithNewline));
      if (!last || endsWithNewline) out.append('\n');
    }
    return out.append("\"\"\"").toString();
  }

  /**
   * One line of a text block. Backslashes, runs of three quotes, tabs, carriage returns and other
   * control characters are escaped; trailing blanks, which javac would strip, end in {@code \s};
   * on the closing line a final quote is escaped so it cannot merge with the delimiter.
   */
  private static String line(String line, boolean closing) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int end = line.length();
    for (int i = 0; i < end; i++) {
      char c = line.charAt(i);
      if (c == '\\') out.append("\\\\");
      else if (c == '"' && quoteNeedsEscape(line, i, closing)) out.append("\\\"");
      else if (c == '\t') out.append("\\t");
      else if (c == '\r') out.append("\\r");
      else if (c == ' ' && i == end - 1) out.append("\\s");
      else escaped(out, c);
    }
    return out.toString();
  }

  /** Inside a run of three or more quotes, or a quote at the very end of the block. */
  private static boolean quoteNeedsEscape(String line, int i, boolean closing) {
    int start = i;
    while (start > 0 && line.charAt(start - 1) == '"') start--;
    int end = i;
    while (end < line.length() && line.charAt(end) == '"') end++;
    return end - start >= 3 || (closing && end == line.length());
  }
}
