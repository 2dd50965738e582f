package dev.gha4j.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One text per meaning of a YAML value, to compare and to print: mapping keys sorted, scalars by
 * their value (so {@code 'a'}, {@code "a"} and {@code a} are one text, and so are {@code 5} and
 * {@code "5"}, which GitHub reads alike), strings quoted only where they could be mistaken for
 * structure.
 */
final class Canonical {
  private Canonical() {}

  /** The canonical text of {@code node}; the empty string for a missing node, null or {@code {}}. */
  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull() || (node.isObject() && node.isEmpty())) return "";
    return write(node);
  }

  private static String write(JsonNode node) {
    if (node.isObject()) {
      Map<String, String> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) sorted.put(e.getKey(), write(e.getValue()));
      List<String> parts = new ArrayList<>();
      sorted.forEach((k, v) -> parts.add(scalar(k) + ": " + v));
      return "{" + String.join(", ", parts) + "}";
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode item : node.values()) parts.add(write(item));
      return "[" + String.join(", ", parts) + "]";
    }
    return node.isNull() ? "null" : scalar(node.asString());
  }

  private static String scalar(String s) {
    boolean plain = !s.isEmpty() && s.strip().equals(s) && s.chars().noneMatch(c -> "{}[],:\"\n".indexOf(c) >= 0);
    if (plain) return s;
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  /**
   * A short human text for a trigger's or value's settings: lists joined by commas, mappings as
   * {@code key: value} joined by semicolons, nested mappings by their keys only.
   */
  static String summary(JsonNode node) {
    return summary(node, 0);
  }

  private static String summary(JsonNode node, int depth) {
    if (node == null || node.isMissingNode() || node.isNull()) return "";
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      // A list nests nothing for people: its items read at the depth of the list.
      for (JsonNode item : node.values()) parts.add(summary(item, depth));
      return String.join(", ", parts);
    }
    if (node.isObject()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        parts.add(depth >= 1 ? e.getKey() : (e.getKey() + ": " + summary(e.getValue(), depth + 1)).strip());
      }
      // At depth 1 only the keys are shown (the inputs of workflow_dispatch, say), as a list.
      return String.join(depth >= 1 ? ", " : "; ", parts);
    }
    return node.asString();
  }
}
