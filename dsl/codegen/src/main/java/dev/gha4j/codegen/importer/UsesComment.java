package dev.gha4j.codegen.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment after a step's {@code uses:}, split into the version it names, if any, and the rest.
 * Pinning tools write the version in a few forms, all read here: {@code # v4.2.2}, {@code #v4.2.2},
 * {@code # 4.2.2}, {@code # tag=v4.2.2}, {@code # tag: v4.2.2}, {@code # version: v4},
 * {@code # pin@v4}, {@code # @v4}, {@code # ratchet:actions/checkout@v4}, with ordinary or no-break
 * spaces, and with more text after the version ({@code # v4.2.2 # zizmor: ignore[cache-poisoning]}).
 * A comment that starts with anything else ({@code # zizmor: ignore[...]}, {@code # pin to v7.0.0
 * (see #123)}) names no version and is kept whole.
 *
 * @param version the tag the pinned commit stands for, or null
 * @param rest    the comment's other text, trimmed, or null when there is none
 */
record UsesComment(String version, String rest) {
  /** What tag names hold in practice; the same as {@code ActionRef} accepts. */
  private static final String TAG = "[A-Za-z0-9._+/@-]";
  private static final String REST = "(?:[\\s\\u00a0]+(.*))?";
  private static final Pattern PREFIXED = Pattern.compile(
      "(?:(?:tag|version)\\s*[=:]\\s*|pin@|@|ratchet:[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@)(" + TAG + "+)" + REST,
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** A bare version: a digit, optionally after a {@code v}, then anything a tag may hold. */
  private static final Pattern BARE = Pattern.compile("([vV]?[0-9]" + TAG + "*)" + REST, Pattern.DOTALL);
  /** A single word with a digit in it, a tag or branch name such as {@code release/v1}. */
  private static final Pattern WORD = Pattern.compile(TAG + "*[0-9]" + TAG + "*");

  /** The comment's parts; {@code text} is the comment without its {@code #}. */
  static UsesComment of(String text) {
    String comment = trim(text);
    if (comment.isEmpty()) return new UsesComment(null, null);
    for (Pattern p : new Pattern[] {PREFIXED, BARE}) {
      Matcher m = p.matcher(comment);
      if (m.matches() && !m.group(1).endsWith("@")) return new UsesComment(m.group(1), rest(m.group(2)));
    }
    if (WORD.matcher(comment).matches() && !comment.startsWith("@")) return new UsesComment(comment, null);
    return new UsesComment(null, comment);
  }

  private static String rest(String text) {
    if (text == null) return null;
    String rest = trim(text);
    return rest.isEmpty() ? null : rest;
  }

  /** The whole comment, trimmed; null when blank. */
  static String trimmed(String text) {
    return rest(text);
  }

  /** Trims ordinary blanks and the no-break spaces some editors put after {@code #}. */
  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && blank(text.charAt(start))) start++;
    while (end > start && blank(text.charAt(end - 1))) end--;
    return text.substring(start, end);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
