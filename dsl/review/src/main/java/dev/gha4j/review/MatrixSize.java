package dev.gha4j.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How many jobs a {@code strategy.matrix} starts, by GitHub's rules: the product of the axes, less
 * the combinations an {@code exclude} entry matches, plus each {@code include} entry that cannot be
 * merged into an existing combination without overwriting one of its axis values.
 */
final class MatrixSize {
  /** Above this many combinations the count is the plain product (GitHub refuses more than 256 anyway). */
  private static final long EXPAND_LIMIT = 10_000;

  private MatrixSize() {}

  /** The size as text ({@code 3}), {@code dynamic} when an expression decides it, or null without a matrix. */
  static String of(JsonNode matrix) {
    if (matrix == null || matrix.isMissingNode() || matrix.isNull()) return null;
    if (!matrix.isObject()) return "dynamic";
    Map<String, List<JsonNode>> axes = new LinkedHashMap<>();
    long product = 1;
    for (Map.Entry<String, JsonNode> e : matrix.properties()) {
      if (e.getKey().equals("include") || e.getKey().equals("exclude")) continue;
      if (!e.getValue().isArray()) return "dynamic";
      axes.put(e.getKey(), new ArrayList<>(e.getValue().values()));
      product *= e.getValue().size();
      if (product > EXPAND_LIMIT) return String.valueOf(product);
    }
    JsonNode include = matrix.path("include");
    JsonNode exclude = matrix.path("exclude");
    if (!isListOfMaps(include) || !isListOfMaps(exclude)) return "dynamic";
    List<Map<String, JsonNode>> combinations = axes.isEmpty() ? new ArrayList<>() : product(axes);
    for (JsonNode entry : exclude.values()) {
      // An exclude entry names axes only (GitHub refuses other keys); one naming none excludes nothing.
      if (entry.isEmpty()) continue;
      combinations.removeIf(c -> matches(c, entry, axes));
    }
    int added = 0;
    for (JsonNode entry : include.values()) {
      boolean merged = combinations.stream().anyMatch(c -> matches(c, entry, axes));
      if (!merged) added++;
    }
    return String.valueOf(combinations.size() + added);
  }

  private static boolean isListOfMaps(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) return true;
    if (!node.isArray()) return false;
    for (JsonNode item : node.values()) if (!item.isObject()) return false;
    return true;
  }

  private static List<Map<String, JsonNode>> product(Map<String, List<JsonNode>> axes) {
    List<Map<String, JsonNode>> result = new ArrayList<>();
    result.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<JsonNode>> axis : axes.entrySet()) {
      List<Map<String, JsonNode>> next = new ArrayList<>();
      for (Map<String, JsonNode> partial : result) {
        for (JsonNode value : axis.getValue()) {
          Map<String, JsonNode> c = new LinkedHashMap<>(partial);
          c.put(axis.getKey(), value);
          next.add(c);
        }
      }
      result = next;
    }
    return result;
  }

  // An entry matches a combination when it agrees on every axis it names (other keys are extras).
  private static boolean matches(Map<String, JsonNode> combination, JsonNode entry, Map<String, List<JsonNode>> axes) {
    for (Map.Entry<String, JsonNode> e : entry.properties()) {
      if (!axes.containsKey(e.getKey())) continue;
      if (!Canonical.text(combination.get(e.getKey())).equals(Canonical.text(e.getValue()))) return false;
    }
    return true;
  }
}
