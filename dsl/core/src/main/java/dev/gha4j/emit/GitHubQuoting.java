package dev.gha4j.emit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings need quotes so that the YAML reads as a person would write it
 * ({@code run: echo ${{ github.sha }}}, {@code on:}) while every string still parses back to
 * exactly itself, under YAML 1.2 and under YAML 1.1 readers that turn {@code yes} into a boolean.
 *
 * <p>Jackson's default checker quotes any value containing a brace, which would quote every
 * expression; this one quotes only what block context really requires.
 */
final class GitHubQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;

  /** Words some YAML reader resolves to a boolean or null (YAML 1.1 and 1.2, any case). */
  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=");

  // Anything a YAML 1.1 or 1.2 reader may resolve to a number or a timestamp.
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "[-+]?(\\.?[0-9][0-9a-fA-F_:.,xXoO+-]*|\\.(inf|Inf|INF|nan|NaN|NAN))"
          + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");

  private static final String INDICATORS_AT_START = "-?:,[]{}#&*!|>'\"%@`";

  @Override
  public boolean needToQuoteName(String name) {
    // `on:` is how every workflow spells it; GitHub reads keys as plain strings.
    return !name.equals("on") && needToQuoteValue(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    if (value.isEmpty()) return true;
    char first = value.charAt(0);
    // Cheap tests before the costly ones: no reserved word is longer than five characters, and
    // every number or date starts with a digit, a sign or a dot.
    if (value.length() <= 5 && RESERVED.contains(value.toLowerCase(Locale.ROOT))) return true;
    boolean numeric = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    if (numeric && NUMBER_LIKE.matcher(value).matches()) return true;
    char last = value.charAt(value.length() - 1);
    if (isSpace(first) || isSpace(last)) return true;
    if (INDICATORS_AT_START.indexOf(first) >= 0) return true;
    if (last == ':') return true;
    if (value.contains(": ") || value.contains(" #") || value.contains(":\t") || value.contains("\t#")) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isPlainSafe(value.charAt(i))) return true;
    }
    return false;
  }

  /**
   * Whether a multi-line string may be written as a {@code |} block: only line feeds and
   * characters that are safe in a plain scalar. CR, NEL, LS, PS, BOM and control characters are
   * read back differently (or not at all) by some YAML readers, so such text is double-quoted.
   * (SnakeYAML double-quotes text with a tab on its own.)
   *
   * <p>Text ending in two line feeds (or just one) would need "keep" chomping ({@code |+}), which
   * makes every blank line after the block part of the value, including the blank line
   * {@link Spacing} puts between jobs: GitHub's parser read {@code "a\n\n"} back as
   * {@code "a\n\n\n"}. Such text is double-quoted too.
   */
  static boolean fitsLiteralBlock(String value) {
    int n = value.length();
    if (n > 0 && value.charAt(n - 1) == '\n' && (n == 1 || value.charAt(n - 2) == '\n')) return false;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c != '\n' && !isPlainSafe(c)) return false;
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  // Printable characters YAML allows unescaped in a plain scalar; everything else is escaped in
  // double quotes (tabs, control characters, BOM, NEL and the Unicode line separators).
  static boolean isPlainSafe(char c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c >= 0x80 && c <= 0x9F) return false;
    if (c == 0xFEFF || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF) return false;
    return true;
  }
}
