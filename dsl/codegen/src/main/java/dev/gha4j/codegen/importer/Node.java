package dev.gha4j.codegen.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A YAML value with its path in the document ({@code jobs.build.steps[2].with}), so that every
 * complaint names the place in the workflow file. All nodes of one document share the list of
 * warnings: things the importer changed that a person should look at.
 */
record Node(JsonNode value, String path, List<String> warnings) {

  /** The root of a document. */
  static Node root(JsonNode value) {
    return new Node(value, "", new ArrayList<>());
  }

  /** The child at {@code key}, or null when absent. */
  Node get(String key) {
    JsonNode child = value.get(key);
    return child == null ? null : new Node(child, path.isEmpty() ? key : path + "." + key, warnings);
  }

  /** Records a warning about this place. */
  void warn(String text) {
    warnings.add(path + ": " + text);
  }

  boolean isMap() {
    return value.isObject();
  }

  boolean isList() {
    return value.isArray();
  }

  boolean isNull() {
    return value.isNull();
  }

  boolean isText() {
    return value.isString();
  }

  /** Entries of a mapping in document order; null counts as an empty mapping. */
  Map<String, Node> entries() {
    if (value.isNull()) return Map.of();
    if (!value.isObject()) throw fail("expected a mapping");
    Map<String, Node> entries = new LinkedHashMap<>();
    for (String key : value.propertyNames()) entries.put(key, get(key));
    return entries;
  }

  /** Items of a sequence. */
  List<Node> items() {
    if (!value.isArray()) throw fail("expected a list");
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) items.add(new Node(value.get(i), path + "[" + i + "]", warnings));
    return items;
  }

  /** Fails on keys outside {@code known}: a shape gha4j's model has no place for. */
  void onlyKeys(Set<String> known) {
    for (String key : entries().keySet()) {
      if (!known.contains(key)) throw new ImportException(path + "." + key + ": gha4j does not model this key here");
    }
  }

  /**
   * The text GitHub sees for a scalar: strings as they are, booleans as {@code true}/{@code false},
   * numbers as GitHub prints them ({@code 3.10} is {@code 3.1}, {@code 4.0} is {@code 4}).
   */
  String text() {
    if (value.isString()) return value.stringValue();
    if (value.isBoolean()) return String.valueOf(value.booleanValue());
    if (value.isNumber()) return number(value);
    throw fail(value.isNull() ? "expected a value, found nothing" : "expected a single value");
  }

  /** A string or a list of strings, as GitHub accepts for filters, {@code needs} and labels. */
  List<String> texts() {
    if (!value.isArray()) return List.of(text());
    List<String> texts = new ArrayList<>();
    for (Node item : items()) texts.add(item.text());
    return texts;
  }

  boolean bool() {
    if (!value.isBoolean()) throw fail("expected true or false");
    return value.booleanValue();
  }

  /** A whole number that fits a {@code long}. */
  boolean isWhole() {
    return value.isIntegralNumber() && value.canConvertToLong();
  }

  ImportException fail(String problem) {
    return new ImportException((path.isEmpty() ? "" : path + ": ") + problem);
  }

  static String number(JsonNode number) {
    if (number.isIntegralNumber()) return number.bigIntegerValue().toString();
    double d = number.doubleValue();
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
