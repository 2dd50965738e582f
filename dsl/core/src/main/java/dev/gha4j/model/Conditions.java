package dev.gha4j.model;

/**
 * {@code if:} given as text. GitHub takes a value that is exactly one {@code ${{ … }}} as the
 * expression inside it, and text without <code>${{</code> as an expression too; the model keeps the
 * bare expression text in both cases. Anything else (text outside the braces, even a space) is
 * kept exactly as written: GitHub evaluates it as a string, which is always true, and the rules
 * report it instead of this class hiding it.
 */
final class Conditions {
  private Conditions() {}

  static Scalar text(String condition) {
    if (condition.startsWith("${{") && condition.endsWith("}}") && condition.indexOf("${{", 3) < 0) {
      return Scalar.of(condition.substring(3, condition.length() - 2).strip());
    }
    return Scalar.of(condition);
  }
}
