package dev.gha4j.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub's own workflow schema, the file {@code workflow-v1.0.min.json} that
 * {@code @actions/workflow-parser} ships (vendored in this package as {@value #RESOURCE}, without
 * its descriptions; {@code GitHubSchemaTest} fails when it differs from the installed package).
 * For every key it says which values are allowed, which keys a mapping has, and which contexts
 * and functions an expression there may use. Read once, on first use.
 */
final class GitHubSchema {
  static final String RESOURCE = "github-workflow-schema.json";
  /** The definition a workflow file is read with, as {@code parseWorkflow} does. */
  static final String ROOT = "workflow-root-strict";

  /** The kinds of definition the schema format has; allowed-values become a one-of of constants. */
  enum Kind { NULL, BOOLEAN, NUMBER, STRING, SEQUENCE, MAPPING, ONE_OF }

  /** A mapping property: its definition and whether it must be there. */
  record Property(String type, boolean required) {}

  /**
   * One definition. Only the fields of its kind are set: {@code properties}, {@code looseKey},
   * {@code looseValue} (mapping), {@code itemType} (sequence), {@code oneOf}, {@code constant} and
   * {@code requireNonEmpty} (string). {@code context} lists the named contexts and the functions
   * ({@code hashFiles(1,255)}) an expression may use here, on top of those of the enclosing keys.
   */
  record Definition(String name, Kind kind, List<String> context, Map<String, Property> properties,
      String looseKey, String looseValue, String itemType, List<String> oneOf, String constant,
      boolean requireNonEmpty) {}

  private static final class Holder {
    static final GitHubSchema SCHEMA = load();
  }

  private final Map<String, Definition> definitions;

  private GitHubSchema(Map<String, Definition> definitions) {
    this.definitions = definitions;
  }

  /** The vendored schema. */
  static GitHubSchema github() {
    return Holder.SCHEMA;
  }

  Definition definition(String name) {
    Definition d = definitions.get(name);
    if (d == null) throw new IllegalStateException("GitHub's schema has no definition '" + name + "'");
    return d;
  }

  private static GitHubSchema load() {
    try (InputStream in = GitHubSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from gha4j-core");
      return of(JsonMapper.shared().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a schema document ({@code {"definitions": {...}}}) the way {@code TemplateSchema} does. */
  static GitHubSchema of(JsonNode document) {
    Map<String, Definition> all = new HashMap<>();
    builtIns(all);
    for (Map.Entry<String, JsonNode> e : document.get("definitions").properties()) {
      read(e.getKey(), e.getValue(), all);
    }
    return new GitHubSchema(all);
  }

  private static void builtIns(Map<String, Definition> all) {
    put(all, simple("null", Kind.NULL));
    put(all, simple("boolean", Kind.BOOLEAN));
    put(all, simple("number", Kind.NUMBER));
    put(all, simple("string", Kind.STRING));
    put(all, new Definition("sequence", Kind.SEQUENCE, List.of(), Map.of(), null, null, "any", List.of(), null, false));
    put(all, new Definition("mapping", Kind.MAPPING, List.of(), Map.of(), "string", "any", null, List.of(), null, false));
    put(all, oneOf("any", List.of(), List.of("null", "boolean", "number", "string", "sequence", "mapping")));
  }

  private static void read(String name, JsonNode d, Map<String, Definition> all) {
    List<String> context = strings(d.get("context"));
    if (d.has("one-of")) {
      put(all, oneOf(name, context, strings(d.get("one-of"))));
    } else if (d.has("allowed-values")) {
      List<String> names = new ArrayList<>();
      for (String value : strings(d.get("allowed-values"))) {
        String constant = name + "-" + value;
        names.add(constant);
        put(all, new Definition(constant, Kind.STRING, List.of(), Map.of(), null, null, null, List.of(), value, false));
      }
      put(all, oneOf(name, context, names));
    } else if (d.has("mapping")) {
      JsonNode m = d.get("mapping");
      Map<String, Property> properties = new LinkedHashMap<>();
      if (m.has("properties")) {
        for (Map.Entry<String, JsonNode> p : m.get("properties").properties()) {
          JsonNode v = p.getValue();
          properties.put(p.getKey(), v.isString() ? new Property(v.stringValue(), false)
              : new Property(v.get("type").stringValue(), v.path("required").asBoolean(false)));
        }
      }
      put(all, new Definition(name, Kind.MAPPING, context, properties, text(m, "loose-key-type"),
          text(m, "loose-value-type"), null, List.of(), null, false));
    } else if (d.has("sequence")) {
      put(all, new Definition(name, Kind.SEQUENCE, context, Map.of(), null, null, text(d.get("sequence"), "item-type"),
          List.of(), null, false));
    } else if (d.has("string")) {
      JsonNode s = d.get("string");
      put(all, new Definition(name, Kind.STRING, context, Map.of(), null, null, null, List.of(), text(s, "constant"),
          s.path("require-non-empty").asBoolean(false)));
    } else {
      Kind kind = d.has("boolean") ? Kind.BOOLEAN : d.has("number") ? Kind.NUMBER : Kind.NULL;
      put(all, new Definition(name, kind, context, Map.of(), null, null, null, List.of(), null, false));
    }
  }

  private static Definition simple(String name, Kind kind) {
    return new Definition(name, kind, List.of(), Map.of(), null, null, null, List.of(), null, false);
  }

  private static Definition oneOf(String name, List<String> context, List<String> oneOf) {
    return new Definition(name, Kind.ONE_OF, context, Map.of(), null, null, null, oneOf, null, false);
  }

  private static void put(Map<String, Definition> all, Definition d) {
    all.put(d.name(), d);
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null ? null : v.stringValue();
  }

  private static List<String> strings(JsonNode array) {
    if (array == null) return List.of();
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) out.add(item.stringValue());
    return List.copyOf(out);
  }
}
