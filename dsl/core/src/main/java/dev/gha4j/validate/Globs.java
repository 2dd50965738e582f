package dev.gha4j.validate;

/**
 * GitHub's filter patterns (branches, tags, paths), checked as actionlint checks them (its
 * {@code glob.go}, MIT, rhysd/actionlint v1.7.7): a special character where the character before
 * it is special too, an empty or one-character {@code []}, a range that runs backwards, a line
 * break, and in branch and tag names characters git does not allow.
 */
final class Globs {
  private final String pattern;
  private final boolean ref;
  private int pos;
  private boolean precededByPlain;

  private Globs(String pattern, boolean ref) {
    this.pattern = pattern;
    this.ref = ref;
  }

  /** What is wrong with a branch or tag pattern, or null. */
  static String refProblem(String pattern) {
    return new Globs(pattern, true).problem();
  }

  /** What is wrong with a path pattern, or null. */
  static String pathProblem(String pattern) {
    if (pattern.startsWith(" ")) return "a path pattern must not start with a space";
    if (pattern.endsWith(" ")) return "a path pattern must not end with a space";
    return new Globs(pattern, false).problem();
  }

  private String problem() {
    if (pattern.isEmpty()) return "a pattern cannot be empty";
    if (ref && peek() == '/') return invalid('/', "a ref name must not start with /");
    if (peek() == '!') {
      pos++;
      if (pos >= pattern.length()) return "'!' (negate) must be followed by a pattern";
    }
    while (pos < pattern.length()) {
      String problem = next();
      if (problem != null) return problem;
    }
    return null;
  }

  private String next() {
    int c = take();
    boolean plain = true;
    switch (c) {
      case '\\' -> {
        int escaped = peek();
        if (escaped == '[' || escaped == '?' || escaped == '*') {
          c = take();
          if (ref) return invalid(peek(), "a ref name cannot contain spaces, ~, ^, :, [, ?, *");
        } else if (escaped == '+' || escaped == '\\' || escaped == '!') {
          c = take();
        } else if (ref) {
          return invalid('\\', "only [, ?, +, *, \\ and ! can be escaped with \\");
        }
      }
      case '?', '+' -> {
        if (!precededByPlain) {
          return "'" + (char) c + "' at " + pos + " follows a special character, which it cannot repeat";
        }
        plain = false;
      }
      case '*' -> plain = false;
      case '[' -> {
        String problem = characterClass();
        if (problem != null) return problem;
      }
      case '\r', '\n' -> {
        return "a pattern cannot contain a line break";
      }
      case ' ', '\t', '~', '^', ':' -> {
        if (ref) return invalid(c, "a ref name cannot contain spaces, ~, ^, :, [, ?, *");
      }
      default -> { }
    }
    precededByPlain = plain;
    if (pos >= pattern.length() && ref && (c == '/' || c == '.')) {
      return invalid(c, "a ref name must not end with / or .");
    }
    return null;
  }

  private String characterClass() {
    if (peek() == ']') return "'[]' at " + pos + " matches nothing; fix: put characters between the brackets";
    int chars = 0;
    while (true) {
      if (pos >= pattern.length()) return "'[' has no closing ']'";
      int c = take();
      if (c == ']') break;
      if (peek() != '-') {
        chars++;
        continue;
      }
      chars += 2;
      take(); // -
      if (peek() == ']') return "the range '" + Character.toString(c) + "-' in [] has no end";
      if (pos < pattern.length()) {
        int end = take();
        if (c > end) {
          return "the range '" + Character.toString(c) + "-" + Character.toString(end) + "' in [] runs backwards";
        }
      }
    }
    if (chars == 1) return "a [] with one character is that character; fix: write it without the brackets";
    return null;
  }

  private String invalid(int c, String why) {
    return "'" + (c < 0 ? "" : Character.toString(c)) + "' cannot be in a branch or tag name: " + why
        + " (these are glob patterns, not regular expressions)";
  }

  private int peek() {
    return pos < pattern.length() ? pattern.codePointAt(pos) : -1;
  }

  private int take() {
    int c = pattern.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }
}
