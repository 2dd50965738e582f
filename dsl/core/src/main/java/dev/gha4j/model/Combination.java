package dev.gha4j.model;

import java.util.List;
import java.util.Map;

/**
 * One matrix {@code include}/{@code exclude} entry: axis (or extra key) to value. A value that is
 * an object, a list or a fraction is given as YAML: {@code .and("os", Raw.yaml("{name: Linux}"))}.
 * Immutable; {@code and} returns a changed copy, and a key given again keeps its place.
 *
 * @param values    the plain values by key
 * @param rawValues the values given as YAML by key
 * @param keys      every key, plain or YAML, in the order given (the order GitHub lists them in)
 */
public record Combination(Map<String, Scalar> values, Map<String, Raw> rawValues, List<String> keys) {
  /**
   * Copies all three.
   *
   * @param values    the plain values by key
   * @param rawValues the values given as YAML by key
   * @param keys      every key of both maps, in the order the YAML lists them
   */
  public Combination {
    values = Ordered.copy(values);
    rawValues = Ordered.copy(rawValues);
    keys = List.copyOf(keys);
  }

  /**
   * An entry of plain values, then values given as YAML.
   *
   * @param values    the plain values by key, listed first
   * @param rawValues the values given as YAML by key, listed after them
   */
  public Combination(Map<String, Scalar> values, Map<String, Raw> rawValues) {
    this(values, rawValues, Lists.plus(List.copyOf(values.keySet()), rawValues.keySet().toArray(String[]::new)));
  }

  /**
   * An entry of plain values.
   *
   * @param values the values by key, in the map's order
   */
  public Combination(Map<String, Scalar> values) {
    this(values, Map.of());
  }

  /**
   * {@return an entry whose first value is text}
   *
   * @param key   an axis, or an extra key {@code include} adds to the combinations it matches
   * @param value the text
   */
  public static Combination of(String key, String value) { return new Combination(Map.of(key, Scalar.of(value))); }

  /**
   * {@return an entry whose first value is a boolean}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the boolean
   */
  public static Combination of(String key, boolean value) { return new Combination(Map.of(key, Scalar.of(value))); }

  /**
   * {@return an entry whose first value is a whole number}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the number
   */
  public static Combination of(String key, long value) { return new Combination(Map.of(key, Scalar.of(value))); }

  /**
   * {@return an entry whose first value is YAML (an object, a list, a fraction)}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the YAML value
   */
  public static Combination of(String key, Raw value) { return new Combination(Map.of(), Map.of(key, value)); }

  /**
   * {@return this entry with a text value}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the text
   */
  public Combination and(String key, String value) { return plus(key, Scalar.of(value)); }

  /**
   * {@return this entry with a boolean value}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the boolean
   */
  public Combination and(String key, boolean value) { return plus(key, Scalar.of(value)); }

  /**
   * {@return this entry with a whole-number value}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the number
   */
  public Combination and(String key, long value) { return plus(key, Scalar.of(value)); }

  /**
   * {@return this entry with a value given as YAML}
   *
   * @param key   an axis, or an extra key {@code include} adds
   * @param value the YAML value: an object, a list or a fraction
   */
  public Combination and(String key, Raw value) {
    return new Combination(values, Ordered.plus(rawValues, key, value), keysWith(key));
  }

  private Combination plus(String key, Scalar value) {
    return new Combination(Ordered.plus(values, key, value), rawValues, keysWith(key));
  }

  // A key given again keeps its place, as in a map.
  private List<String> keysWith(String key) {
    return keys.contains(key) ? keys : Lists.plus(keys, key);
  }
}
