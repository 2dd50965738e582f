package dev.gha4j.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One matrix {@code include}/{@code exclude} entry: axis (or extra key) to value. A value that is
 * an object, a list or a fraction is given as YAML: {@code .and("os", Raw.yaml("{name: Linux}"))}.
 *
 * @param values    the plain values by key
 * @param rawValues the values given as YAML by key
 * @param keys      every key, plain or YAML, in the order given (the order GitHub lists them in)
 */
public record Combination(Map<String, Scalar> values, Map<String, Raw> rawValues, List<String> keys) {
  public Combination {
    values = Ordered.copy(values);
    rawValues = Ordered.copy(rawValues);
    keys = List.copyOf(keys);
  }

  /** An entry of plain values, then values given as YAML. */
  public Combination(Map<String, Scalar> values, Map<String, Raw> rawValues) {
    this(values, rawValues, Lists.plus(List.copyOf(values.keySet()), rawValues.keySet().toArray(String[]::new)));
  }

  /** An entry of plain values. */
  public Combination(Map<String, Scalar> values) {
    this(values, Map.of());
  }

  public static Combination of(String key, String value) { return new Combination(Map.of(key, Scalar.of(value))); }
  public static Combination of(String key, boolean value) { return new Combination(Map.of(key, Scalar.of(value))); }
  public static Combination of(String key, long value) { return new Combination(Map.of(key, Scalar.of(value))); }
  /** An entry whose first value is YAML (an object, a list, a fraction). */
  public static Combination of(String key, Raw value) { return new Combination(Map.of(), Map.of(key, value)); }

  public Combination and(String key, String value) { return plus(key, Scalar.of(value)); }
  public Combination and(String key, boolean value) { return plus(key, Scalar.of(value)); }
  public Combination and(String key, long value) { return plus(key, Scalar.of(value)); }

  /** A value given as YAML. */
  public Combination and(String key, Raw value) {
    Map<String, Raw> more = new LinkedHashMap<>(rawValues);
    more.put(key, value);
    return new Combination(values, more, keysWith(key));
  }

  private Combination plus(String key, Scalar value) {
    Map<String, Scalar> more = new LinkedHashMap<>(values);
    more.put(key, value);
    return new Combination(more, rawValues, keysWith(key));
  }

  // A key given again keeps its place, as in a map.
  private List<String> keysWith(String key) {
    return keys.contains(key) ? keys : Lists.plus(keys, key);
  }
}
