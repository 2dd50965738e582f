package dev.gha4j.model;

/** {@code if:} text: GitHub accepts it with or without {@code ${{ }}}; the model keeps it without. */
final class Conditions {
  private Conditions() {}

  static String strip(String condition) {
    String s = condition.strip();
    if (s.startsWith("${{") && s.endsWith("}}") && s.indexOf("${{", 3) < 0) {
      return s.substring(3, s.length() - 2).strip();
    }
    return s;
  }
}
