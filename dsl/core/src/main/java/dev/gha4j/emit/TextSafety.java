package dev.gha4j.emit;

import java.util.Locale;

/**
 * Text YAML cannot carry. Java strings can hold a lone UTF-16 surrogate, which no YAML (UTF-8)
 * document can represent; Jackson's YAML writer silently corrupts it, so it is refused up front.
 */
final class TextSafety {
  private TextSafety() {}

  /** Null when {@code text} can be written, else what is wrong with it. */
  static String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return lone(c, i);
      }
      if (Character.isLowSurrogate(c)) return lone(c, i);
    }
    return null;
  }

  private static String lone(char c, int index) {
    return String.format(Locale.ROOT, "text contains a lone surrogate U+%04X at index %d, which YAML cannot represent;"
        + " build the string from whole code points", (int) c, index);
  }
}
