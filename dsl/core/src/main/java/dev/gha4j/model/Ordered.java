package dev.gha4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for the immutable, insertion-ordered collections the model keeps. */
final class Ordered {
  private Ordered() {}

  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> List<T> copy(List<T> list) {
    return List.copyOf(list);
  }

  /** A copy of {@code map} with {@code key} set to {@code value}; a key set again keeps its place. */
  static <K, V> Map<K, V> plus(Map<K, V> map, K key, V value) {
    Map<K, V> more = new LinkedHashMap<>(map);
    more.put(key, value);
    return more;
  }
}
