package dev.gha4j.codegen.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A YAML value with its place in the document, the keys and indexes that lead to it ({@code [jobs,
 * build, steps, 2, with]}, shown as {@code jobs.build.steps[2].with}), so that every complaint names
 * the place and its line in the workflow file. All nodes of one document share the list of
 * warnings: things the importer carried over that a person should look at.
 */
record Node(JsonNode value, List<String> at, List<Warning> warnings) {

  private static final String WHOLE_EXPRESSION = "GitHub takes one ${{ }} expression for this whole value, but"
      + " gha4j cannot hold one here yet; write the value out, or keep this workflow in YAML";

  /** The root of a document. */
  static Node root(JsonNode value) {
    return new Node(value, List.of(), new ArrayList<>());
  }

  /** The place as a person reads it: {@code jobs.build.steps[2].with}. */
  String path() {
    return path(at);
  }

  static String path(List<String> at) {
    StringBuilder out = new StringBuilder();
    for (String segment : at) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && out.length() > 0) {
        out.append('[').append(segment).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  private Node child(JsonNode child, String segment) {
    List<String> path = new ArrayList<>(at);
    path.add(segment);
    return new Node(child, List.copyOf(path), warnings);
  }

  /** The child at {@code key}, or null when absent. */
  Node get(String key) {
    JsonNode child = value.get(key);
    return child == null ? null : child(child, key);
  }

  /** Records a warning about this place. */
  void warn(String text) {
    warnings.add(new Warning(at, text));
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

  /** Text that is exactly one {@code ${{ }}} expression. */
  boolean isExpression() {
    return value.isString() && Expressions.whole(value.stringValue()) != null;
  }

  /** Entries of a mapping in document order; null counts as an empty mapping. */
  Map<String, Node> entries() {
    if (value.isNull()) return Map.of();
    if (!value.isObject()) throw fail(isExpression() ? WHOLE_EXPRESSION : "expected a mapping");
    Map<String, Node> entries = new LinkedHashMap<>();
    for (String key : value.propertyNames()) entries.put(key, get(key));
    return entries;
  }

  /** Items of a sequence. */
  List<Node> items() {
    if (!value.isArray()) throw fail(isExpression() ? WHOLE_EXPRESSION : "expected a list");
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) items.add(child(value.get(i), String.valueOf(i)));
    return items;
  }

  /** Fails on keys outside {@code known}: a shape gha4j's model has no place for. */
  void onlyKeys(Set<String> known) {
    for (String key : entries().keySet()) {
      if (!known.contains(key)) throw get(key).fail("gha4j does not model this key here");
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
    if (!value.isBoolean()) throw fail(isExpression() ? WHOLE_EXPRESSION : "expected true or false");
    return value.booleanValue();
  }

  /** A whole number that fits a {@code long}. */
  boolean isWhole() {
    return value.isIntegralNumber() && value.canConvertToLong();
  }

  /** The refusal of this node, naming its place. */
  ImportException fail(String problem) {
    return new ImportException(at, problem);
  }

  static String number(JsonNode number) {
    if (number.isIntegralNumber()) return number.bigIntegerValue().toString();
    double d = number.doubleValue();
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
