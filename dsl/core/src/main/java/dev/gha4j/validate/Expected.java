package dev.gha4j.validate;

import dev.gha4j.validate.GitHubSchema.Definition;
import dev.gha4j.validate.GitHubSchema.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which scalar values a schema definition takes, and how to say so in a message. */
final class Expected {
  private static final int LISTED = 30;

  private Expected() {}

  /**
   * Whether {@code d} takes {@code node}, as GitHub's {@code isMatch}; with {@code asText}, whether
   * it takes the node's text (GitHub's second try for a boolean, number or null).
   */
  static boolean matches(Definition d, JsonNode node, boolean asText) {
    if (asText) return d.kind() == Kind.STRING && string(d, text(node));
    return switch (d.kind()) {
      case NULL -> node.isNull();
      case BOOLEAN -> node.isBoolean();
      case NUMBER -> node.isNumber();
      case STRING -> node.isString() && string(d, node.stringValue());
      default -> false;
    };
  }

  private static boolean string(Definition d, String value) {
    if (d.constant() != null) return d.constant().equals(value);
    return !d.requireNonEmpty() || !value.isEmpty();
  }

  /** The value as YAML shows it. */
  static String display(JsonNode node) {
    return node.isString() ? node.stringValue() : text(node);
  }

  private static String text(JsonNode node) {
    return node.isNull() ? "" : node.isString() ? node.stringValue() : node.toString();
  }

  /** What a value here may be, e.g. {@code one of: opened, closed} or {@code a non-empty string or a list}. */
  static String of(SchemaPosition at) {
    List<String> constants = new ArrayList<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Definition d : at.scalars()) {
      if (d.constant() != null) constants.add(d.constant());
      else kinds.add(describe(d));
    }
    if (!at.ofKind(Kind.SEQUENCE).isEmpty()) kinds.add("a list");
    if (!at.ofKind(Kind.MAPPING).isEmpty()) kinds.add("a mapping");
    List<String> parts = new ArrayList<>();
    if (!constants.isEmpty()) {
      List<String> shown = constants.size() > LISTED ? constants.subList(0, LISTED) : constants;
      parts.add("one of: " + String.join(", ", shown) + (shown.size() < constants.size() ? ", ..." : ""));
    }
    parts.addAll(kinds);
    return parts.isEmpty() ? "nothing here" : String.join(" or ", parts);
  }

  private static String describe(Definition d) {
    return switch (d.kind()) {
      case NULL -> "nothing (null)";
      case BOOLEAN -> "true or false";
      case NUMBER -> "a number";
      default -> d.requireNonEmpty() ? "a non-empty string" : "a string";
    };
  }
}
