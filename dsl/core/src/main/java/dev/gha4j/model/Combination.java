package dev.gha4j.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** One matrix {@code include}/{@code exclude} entry: axis (or extra key) to value. */
public record Combination(Map<String, Scalar> values) {
  public Combination {
    values = Ordered.copy(values);
  }

  public static Combination of(String key, String value) { return new Combination(Map.of(key, Scalar.of(value))); }
  public static Combination of(String key, boolean value) { return new Combination(Map.of(key, Scalar.of(value))); }
  public static Combination of(String key, long value) { return new Combination(Map.of(key, Scalar.of(value))); }

  public Combination and(String key, String value) { return plus(key, Scalar.of(value)); }
  public Combination and(String key, boolean value) { return plus(key, Scalar.of(value)); }
  public Combination and(String key, long value) { return plus(key, Scalar.of(value)); }

  private Combination plus(String key, Scalar value) {
    Map<String, Scalar> more = new LinkedHashMap<>(values);
    more.put(key, value);
    return new Combination(more);
  }
}
