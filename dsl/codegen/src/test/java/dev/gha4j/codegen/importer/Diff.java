package dev.gha4j.codegen.importer;

import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** The first place two trees differ, as a path and both values, for readable test failures. */
final class Diff {
  private Diff() {}

  static String first(JsonNode expected, JsonNode actual) {
    return first(expected, actual, "");
  }

  private static String first(JsonNode a, JsonNode b, String path) {
    if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
      return (path.isEmpty() ? "<root>" : path) + ": expected " + a + " but was " + b;
    }
    if (a.isObject()) {
      TreeSet<String> keys = new TreeSet<>(a.propertyNames());
      keys.addAll(b.propertyNames());
      for (String key : keys) {
        String d = first(a.get(key), b.get(key), path.isEmpty() ? key : path + "." + key);
        if (d != null) return d;
      }
      return null;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) return path + ": expected " + a.size() + " items but was " + b.size();
      for (int i = 0; i < a.size(); i++) {
        String d = first(a.get(i), b.get(i), path + "[" + i + "]");
        if (d != null) return d;
      }
      return null;
    }
    return a.equals(b) ? null : path + ": expected " + a + " but was " + b;
  }

}
