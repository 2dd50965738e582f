package dev.gha4j.model;

import java.util.ArrayList;
import java.util.List;

final class Lists {
  private Lists() {}

  @SafeVarargs
  static <T> List<T> plus(List<T> list, T... more) {
    List<T> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
