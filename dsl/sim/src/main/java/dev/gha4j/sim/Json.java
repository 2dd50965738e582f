package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code toJSON} and {@code fromJSON} for the {@link Value} model. */
final class Json {
  private Json() {}

  // Built on first use: writing JSON (every simulated run does) must not pay for Jackson's start-up.
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
  }

  /**
   * Pretty JSON as GitHub's {@code toJSON} writes it: two-space indent, {@code "key": value},
   * one element per line, {@code []} and {@code {}} for empty containers.
   */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.toString();
  }

  private static void write(Object v, String indent, StringBuilder out) {
    if (v instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(indent).append("  ");
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), indent + "  ", out);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(list.get(i), indent + "  ", out);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v == null) {
      out.append("null");
    } else {
      out.append(Value.toText(v));
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }

  /** Parses JSON text into the value model; throws {@link EvaluationException} on invalid JSON. */
  static Object read(String text) {
    try {
      return convert(Mapper.INSTANCE.readTree(text));
    } catch (JacksonException e) {
      throw new EvaluationException("fromJSON: '" + abbreviate(text) + "' is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static Object convert(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (node.isBoolean()) return node.booleanValue();
    if (node.isNumber()) return node.doubleValue();
    if (node.isString()) return node.stringValue();
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : node.values()) items.add(convert(item));
      return items;
    }
    Map<String, Object> object = Value.object();
    for (Map.Entry<String, JsonNode> e : node.properties()) object.put(e.getKey(), convert(e.getValue()));
    return object;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
