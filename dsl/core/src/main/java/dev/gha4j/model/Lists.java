package dev.gha4j.model;

import java.util.ArrayList;
import java.util.List;

/** Copy-on-write appends for the small immutable values (triggers, inputs). */
final class Lists {
  private Lists() {}

  @SafeVarargs
  static <T> List<T> plus(List<T> list, T... more) {
    List<T> all = new ArrayList<>(list);
    for (T item : more) all.add(item); // not List.of(more): the array itself must not escape

    return List.copyOf(all);
  }
}
