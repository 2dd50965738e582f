package dev.gha4j.sim;

import dev.gha4j.model.Scalar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value model of GitHub expressions: {@code null}, {@link Boolean}, {@link Double},
 * {@link String}, {@link List} (arrays) and {@link Map} (objects, insertion-ordered, looked up
 * ignoring case). These helpers implement GitHub's coercion rules, quoted from
 * <a href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions">the
 * expressions reference</a> where they are subtle.
 */
public final class Value {
  private Value() {}

  // "String: Parsed as a number from any legal JSON number format, otherwise NaN." GitHub's parser
  // also takes surrounding white space and 0x/0o prefixes.
  private static final Pattern JSON_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");

  /** A new, empty object (insertion-ordered; use {@link #property} for case-insensitive reads). */
  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** Converts Java values a test hands in (Integer, Long, nested maps, …) to the value model. */
  public static Object of(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Double) return value;
    if (value instanceof Number n) return n.doubleValue();
    if (value instanceof Scalar.Text t) return t.value();
    if (value instanceof Scalar.Bool b) return b.value();
    if (value instanceof Scalar.Number n) return (double) n.value();
    if (value instanceof Scalar s) return s.text(); // an expression, where no evaluator is at hand
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = object();
      m.forEach((k, v) -> copy.put(String.valueOf(k), of(v)));
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> copy = new ArrayList<>();
      for (Object item : items) copy.add(of(item));
      return copy;
    }
    if (value instanceof Object[] items) return of(Arrays.asList(items));
    return value.toString();
  }

  /** An unmodifiable copy that keeps insertion order and allows null values (reports keep what they were given). */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The member {@code name} of an object, ignoring case as GitHub does; null when absent. */
  public static Object property(Object target, String name) {
    if (!(target instanceof Map<?, ?> map)) return null;
    if (map.containsKey(name)) return map.get(name);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (String.valueOf(e.getKey()).equalsIgnoreCase(name)) return e.getValue();
    }
    return null;
  }

  /** "Falsy: false, 0, -0, "", null, NaN"; everything else, including empty arrays and objects, is truthy. */
  public static boolean truthy(Object v) {
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof Double d) return d != 0 && !d.isNaN();
    if (v instanceof String s) return !s.isEmpty();
    return true;
  }

  /** GitHub's number coercion: null→0, true→1, false→0, strings parsed as JSON numbers ("" → 0), else NaN. */
  public static double toNumber(Object v) {
    if (v == null) return 0;
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof Double d) return d;
    if (v instanceof String s) return parseNumber(s.strip());
    return Double.NaN;
  }

  private static double parseNumber(String s) {
    if (s.isEmpty()) return 0;
    if (JSON_NUMBER.matcher(s).matches()) return Double.parseDouble(s);
    if (HEX.matcher(s).matches()) return Long.parseLong(s.substring(2), 16);
    if (OCTAL.matcher(s).matches()) return Long.parseLong(s.substring(2), 8);
    if (s.equals("Infinity") || s.equals("+Infinity")) return Double.POSITIVE_INFINITY;
    if (s.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
    return Double.NaN;
  }

  /**
   * {@code ==}: same-type values compare directly, "GitHub ignores case when comparing strings";
   * "If the types do not match, GitHub coerces the type to a number"; "NaN is not equal to
   * anything, including NaN"; "Objects and arrays are only considered equal when they are the same
   * instance."
   */
  public static boolean looseEquals(Object a, Object b) {
    if (a == null && b == null) return true;
    if (isContainer(a) || isContainer(b)) return a == b;
    if (a != null && b != null && a.getClass() == b.getClass()) {
      if (a instanceof String s) return s.equalsIgnoreCase((String) b);
      if (a instanceof Double d) return d.doubleValue() == ((Double) b).doubleValue();
      return a.equals(b);
    }
    double x = toNumber(a);
    double y = toNumber(b);
    return x == y; // false whenever either side is NaN
  }

  /**
   * {@code < <= > >=}: two strings compare ignoring case; otherwise both sides are coerced to
   * numbers, and any comparison with NaN is false. Returns the sign, or null when incomparable.
   */
  public static Integer compare(Object a, Object b) {
    if (a instanceof String s && b instanceof String t) {
      return Integer.signum(s.toUpperCase(Locale.ROOT).compareTo(t.toUpperCase(Locale.ROOT)));
    }
    if (isContainer(a) || isContainer(b)) return null;
    double x = toNumber(a);
    double y = toNumber(b);
    if (Double.isNaN(x) || Double.isNaN(y)) return null;
    return Double.compare(x == 0 ? 0 : x, y == 0 ? 0 : y);
  }

  /** True for arrays and objects. */
  public static boolean isContainer(Object v) {
    return v instanceof List || v instanceof Map;
  }

  /**
   * How a value reads when embedded in text with {@code ${{ }}}: null→"", booleans→"true"/"false",
   * numbers in GitHub's format, arrays and objects as (pretty) JSON.
   */
  public static String toText(Object v) {
    if (v == null) return "";
    if (v instanceof String s) return s;
    if (v instanceof Boolean b) return b.toString();
    if (v instanceof Double d) return formatNumber(d);
    return Json.write(v);
  }

  /**
   * A number as GitHub prints it: .NET's {@code G15} format (15 significant digits, no trailing
   * zeros, exponent form {@code 1E+15} from 15 integer digits on, or from 1E-05 down).
   */
  public static String formatNumber(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return "0";
    BigDecimal rounded = new BigDecimal(d).round(new MathContext(15)).stripTrailingZeros();
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= 15 || exponent <= -5) {
      BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
      String sign = exponent < 0 ? "-" : "+";
      return mantissa.toPlainString() + "E" + sign + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
    return rounded.toPlainString();
  }

  /** The GitHub type name of a value, for messages. */
  static String typeName(Object v) {
    if (v == null) return "null";
    if (v instanceof Boolean) return "boolean";
    if (v instanceof Double) return "number";
    if (v instanceof String) return "string";
    if (v instanceof List) return "array";
    return "object";
  }
}
