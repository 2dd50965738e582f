package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values as plain Java values (null, Boolean, Double, String, List, Map), for tests that compare with literals. */
final class JavaValues {
  private JavaValues() {}

  static Object of(Value v) {
    if (v instanceof Value.Bool b) return b.value();
    if (v instanceof Value.Number n) return n.value();
    if (v instanceof Value.Text t) return t.text();
    if (v instanceof Value.Array a) {
      List<Object> items = new ArrayList<>();
      for (Value item : a.items()) items.add(of(item));
      return items;
    }
    if (v instanceof Value.Dictionary d) return map(d);
    return null;
  }

  static Map<String, Object> map(Value.Dictionary d) {
    Map<String, Object> members = new LinkedHashMap<>();
    d.members().forEach((k, item) -> members.put(k, of(item)));
    return members;
  }
}
