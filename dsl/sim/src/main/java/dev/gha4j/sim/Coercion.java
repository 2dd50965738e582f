package dev.gha4j.sim;

import dev.gha4j.expr.ExprNumbers;

/**
 * GitHub's conversions and comparisons between values, as its runner implements them
 * ({@code EvaluationResult}: {@code ConvertToString}, {@code ConvertToNumber}, {@code AbstractEqual},
 * {@code AbstractGreaterThan}, {@code CoerceTypes}), quoted from the expressions reference where
 * they are subtle.
 */
final class Coercion {
  private Coercion() {}

  /** "Falsy: false, 0, -0, "", null, NaN". */
  static boolean truthy(Value v) {
    if (v instanceof Value.Bool b) return b.value();
    if (v instanceof Value.Number n) return n.value() != 0 && !Double.isNaN(n.value());
    if (v instanceof Value.Text t) return !t.text().isEmpty();
    return !(v instanceof Value.Null);
  }

  static String text(Value v) {
    if (v instanceof Value.Text t) return t.text();
    if (v instanceof Value.Number n) return ExprNumbers.format(n.value());
    if (v instanceof Value.Bool b) return String.valueOf(b.value());
    return v instanceof Value.Null ? "" : v.kind().gitHubName();
  }

  static double number(Value v) {
    if (v instanceof Value.Number n) return n.value();
    if (v instanceof Value.Text t) return ExprNumbers.parse(t.text());
    if (v instanceof Value.Bool b) return b.value() ? 1 : 0;
    return v instanceof Value.Null ? 0 : Double.NaN;
  }

  /**
   * {@code ==}: "If the types do not match, GitHub coerces the type to a number" (null and
   * booleans always, strings when compared with a number; containers never); "GitHub ignores case
   * when comparing strings"; "NaN is not equal to anything"; "Objects and arrays are only
   * considered equal when they are the same instance."
   */
  static boolean looseEquals(Value a, Value b) {
    Value[] pair = coerce(a, b);
    Value x = pair[0];
    Value y = pair[1];
    if (x.kind() != y.kind()) return false;
    if (x instanceof Value.Number n) return n.value() == ((Value.Number) y).value(); // false when either is NaN
    if (x instanceof Value.Text t) return equalsIgnoreCase(t.text(), ((Value.Text) y).text());
    if (x instanceof Value.Bool p) return p.value() == ((Value.Bool) y).value();
    return x instanceof Value.Null || x == y;
  }

  /**
   * The sign of {@code a} compared with {@code b} for {@code < <= > >=}, after the same coercion as
   * {@code ==}; 0 for equal; null when they cannot be ordered (different kinds, containers, NaN).
   */
  static Integer compare(Value a, Value b) {
    Value[] pair = coerce(a, b);
    Value x = pair[0];
    Value y = pair[1];
    if (x.kind() != y.kind()) return null;
    if (x instanceof Value.Number n) {
      double l = n.value();
      double r = ((Value.Number) y).value();
      if (Double.isNaN(l) || Double.isNaN(r)) return null;
      return l < r ? -1 : l > r ? 1 : 0;
    }
    if (x instanceof Value.Text t) return Integer.signum(compareIgnoreCase(t.text(), ((Value.Text) y).text()));
    if (x instanceof Value.Bool p) return Boolean.compare(p.value(), ((Value.Bool) y).value());
    return x instanceof Value.Null ? 0 : null;
  }

  // CoerceTypes: number/string pairs become numbers; null and booleans become numbers, then again.
  private static Value[] coerce(Value a, Value b) {
    Value.Kind l = a.kind();
    Value.Kind r = b.kind();
    if (l == r) return new Value[] {a, b};
    if (l == Value.Kind.NUMBER && r == Value.Kind.STRING) return new Value[] {a, Value.of(b.asNumber())};
    if (l == Value.Kind.STRING && r == Value.Kind.NUMBER) return new Value[] {Value.of(a.asNumber()), b};
    if (l == Value.Kind.BOOLEAN || l == Value.Kind.NULL) return coerce(Value.of(a.asNumber()), b);
    if (r == Value.Kind.BOOLEAN || r == Value.Kind.NULL) return coerce(a, Value.of(b.asNumber()));
    return new Value[] {a, b};
  }

  /** .NET's {@code StringComparison.OrdinalIgnoreCase}: see {@link #fold}. */
  static boolean equalsIgnoreCase(String a, String b) {
    return a.length() == b.length() && compareIgnoreCase(a, b) == 0;
  }

  static int compareIgnoreCase(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      int d = fold(a.charAt(i)) - fold(b.charAt(i));
      if (d != 0) return d;
    }
    return a.length() - b.length();
  }

  /** True when {@code text} starts with {@code prefix}, ignoring case as {@link #equalsIgnoreCase}. */
  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.length() >= prefix.length() && equalsIgnoreCase(text.substring(0, prefix.length()), prefix);
  }

  static boolean endsWithIgnoreCase(String text, String suffix) {
    return text.length() >= suffix.length() && equalsIgnoreCase(text.substring(text.length() - suffix.length()), suffix);
  }

  static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (equalsIgnoreCase(text.substring(i, i + part.length()), part)) return true;
    }
    return false;
  }

  /**
   * One UTF-16 unit upper-cased as ordinal ignore-case comparison does: the simple invariant
   * mapping, one unit at a time (so {@code ς}, {@code σ} and {@code Σ} are equal), except that the
   * dotless {@code ı} stays itself: {@code 'ı' == 'I'} is false on GitHub, while Java's
   * {@code equalsIgnoreCase} says true (and also equates {@code i} and {@code İ}).
   */
  static char fold(char c) {
    return c == '\u0131' ? c : Character.toUpperCase(c);
  }
}
