package dev.gha4j.review;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code # v7.0.1} comments after SHA-pinned {@code uses:} values. A YAML parser drops
 * comments, so they are read from the lines of the text: a pin and its tag are the same wherever
 * the pin appears, so one map from {@code uses} value to tag serves the whole file.
 */
final class VersionComments {
  private VersionComments() {}

  /** {@code uses} value (as parsed) to the comment after it. */
  static Map<String, String> of(String yaml) {
    Map<String, String> tags = new HashMap<>();
    for (String line : yaml.split("\n", -1)) {
      String s = line.strip();
      if (s.startsWith("- ")) s = s.substring(2).strip();
      if (!s.startsWith("uses:")) continue;
      String rest = s.substring("uses:".length()).strip();
      int comment = rest.indexOf(" #");
      if (comment < 0) continue;
      String value = unquote(rest.substring(0, comment).strip());
      String tag = rest.substring(comment + 2).strip();
      if (!value.isEmpty() && !tag.isEmpty()) tags.putIfAbsent(value, tag);
    }
    return tags;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
