package dev.gha4j.sim;

import dev.gha4j.expr.ExprNumbers;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code toJSON} and {@code fromJSON} for {@link Value}s, with Jackson. The layout is GitHub's
 * ({@code ToJson.cs} in the runner): two-space indentation, {@code "name": value}, one element per
 * line, {@code []} and {@code {}} for empty containers, numbers as {@code G15} text.
 */
final class ValueJson {
  private ValueJson() {}

  // Built on first use: a run that never calls toJSON or fromJSON does not pay for Jackson's start-up.
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
    static final ObjectWriter GITHUB_LAYOUT = INSTANCE.writer().with(gitHubLayout());
  }

  private static DefaultPrettyPrinter gitHubLayout() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(twoSpaces).withArrayIndenter(twoSpaces);
  }

  static String write(Value value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = Mapper.GITHUB_LAYOUT.createGenerator(out)) {
      write(value, gen);
    }
    return out.toString();
  }

  private static void write(Value v, JsonGenerator gen) {
    if (v instanceof Value.Dictionary d) {
      gen.writeStartObject();
      for (Map.Entry<String, Value> e : d.members().entrySet()) {
        gen.writeName(e.getKey());
        write(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (v instanceof Value.Array a) {
      gen.writeStartArray();
      for (Value item : a.items()) write(item, gen);
      gen.writeEndArray();
    } else if (v instanceof Value.Text t) {
      gen.writeString(t.text());
    } else if (v instanceof Value.Number n) {
      gen.writeNumber(ExprNumbers.format(n.value())); // as GitHub prints it, NaN and Infinity included
    } else if (v instanceof Value.Bool b) {
      gen.writeBoolean(b.value());
    } else {
      gen.writeNull();
    }
  }

  /** Parses JSON text; throws {@link EvaluationException} on invalid or empty JSON. */
  static Value read(String text) {
    JsonNode node;
    try {
      node = Mapper.INSTANCE.readTree(text);
    } catch (JacksonException e) {
      throw new EvaluationException("fromJSON: '" + abbreviate(text) + "' is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) throw new EvaluationException("fromJSON: the text is empty, not JSON");
    return convert(node);
  }

  /** A parsed JSON tree as a value. */
  static Value convert(JsonNode node) {
    if (node.isNull()) return Value.NULL;
    if (node.isBoolean()) return Value.of(node.booleanValue());
    if (node.isNumber()) return Value.of(node.doubleValue());
    if (node.isString()) return Value.of(node.stringValue());
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      for (JsonNode item : node.values()) items.add(convert(item));
      return new Value.Array(items);
    }
    Map<String, Value> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) members.put(e.getKey(), convert(e.getValue()));
    return new Value.Dictionary(members);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
