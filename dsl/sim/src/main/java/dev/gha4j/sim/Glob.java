package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GitHub's filter patterns for branches, tags and paths ("Filter pattern cheat sheet" in the
 * workflow syntax reference): {@code *} matches any characters except {@code /}; {@code **} any
 * characters; {@code ?} zero or one of the preceding character; {@code +} one or more of the
 * preceding character; {@code [a-z]} one character of a set; {@code \} escapes. A {@code **\/}
 * may match no directory at all, so {@code **\/docs/**} matches {@code docs/a.md}.
 */
final class Glob {
  private Glob() {}

  /** True when {@code value} matches the whole pattern. */
  static boolean matches(String pattern, String value) {
    return compile(pattern).matcher(value).matches();
  }

  /**
   * GitHub's ordered evaluation of a pattern list: "A matching negative pattern (prefixed with !)
   * after a positive match will exclude the Git ref. A matching positive pattern after a negative
   * match will include the Git ref again."
   */
  static boolean matchesList(List<String> patterns, String value) {
    boolean included = false;
    for (String p : patterns) {
      if (p.startsWith("!")) {
        if (included && matches(p.substring(1), value)) included = false;
      } else if (!included && matches(p, value)) {
        included = true;
      }
    }
    return included;
  }

  static Pattern compile(String glob) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && glob.startsWith("**/", i)) {
        tokens.add("(?:.*/)?");
        i += 3;
      } else if (c == '*' && glob.startsWith("**", i)) {
        tokens.add(".*");
        i += 2;
      } else if (c == '*') {
        tokens.add("[^/]*");
        i++;
      } else if ((c == '?' || c == '+') && !tokens.isEmpty()) {
        tokens.set(tokens.size() - 1, "(?:" + tokens.get(tokens.size() - 1) + ")" + c);
        i++;
      } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
        int close = glob.indexOf(']', i + 1);
        tokens.add("[" + glob.substring(i + 1, close).replace("\\", "\\\\").replace("[", "\\[") + "]");
        i = close + 1;
      } else if (c == '\\' && i + 1 < glob.length()) {
        tokens.add(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
        i += 2;
      } else {
        tokens.add(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(String.join("", tokens));
  }
}
