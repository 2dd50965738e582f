package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code target[index]}, {@code target.name} and the filter {@code target.*} as GitHub's runner
 * applies them ({@code Operators/Index.cs}): an index is converted to a number for arrays (floored;
 * NaN and negative find nothing) and to text for objects; an index applied to a filtered array
 * applies to each of its elements.
 */
final class Indexing {
  private Indexing() {}

  static Value wildcard(Value target) {
    List<Value> out = new ArrayList<>();
    if (target instanceof Value.Array a && a.filtered()) {
      // A filter of a filter flattens one level: a.*.* is every element of every element.
      for (Value item : a.items()) out.addAll(elements(item));
    } else {
      out.addAll(elements(target));
    }
    return new Value.Array(out, true);
  }

  static Value index(Value target, Value index) {
    if (target instanceof Value.Array a && a.filtered()) {
      List<Value> out = new ArrayList<>();
      for (Value item : a.items()) {
        Value found = find(item, index);
        if (found != null) out.add(found);
      }
      return new Value.Array(out, true);
    }
    Value found = find(target, index);
    return found == null ? Value.NULL : found;
  }

  /** The element or member {@code index} selects, or null when there is none. */
  private static Value find(Value target, Value index) {
    if (target instanceof Value.Dictionary d) {
      if (!index.isPrimitive()) return null;
      String name = index.asText();
      return d.has(name) ? d.member(name) : null;
    }
    if (target instanceof Value.Array a) {
      double n = index.asNumber();
      if (Double.isNaN(n) || n < 0 || Math.floor(n) >= a.items().size()) return null;
      return a.items().get((int) Math.floor(n));
    }
    return null;
  }

  private static List<Value> elements(Value v) {
    if (v instanceof Value.Array a) return a.items();
    if (v instanceof Value.Dictionary d) return new ArrayList<>(d.members().values());
    return List.of();
  }
}
