package dev.gha4j.codegen.importer;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Raw;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Scalars as the model holds them, and YAML fragments for the escape hatch. */
final class Values {

  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
  /** Characters a plain scalar may hold inside {@code [ ]} or {@code { }}. */
  private static final Pattern FLOW_SAFE = Pattern.compile("[A-Za-z0-9_./*@+-][A-Za-z0-9_./*@+ -]*");
  private static final int FLOW_WIDTH = 70;

  private Values() {}

  /**
   * An {@code env} value: GitHub hands every variable to the process as text, so numbers and
   * booleans become the text GitHub prints for them.
   */
  static String envText(Node value) {
    if (value.isNull()) {
      value.warn("a variable without a value is imported as the empty string");
      return "";
    }
    return value.text();
  }

  /**
   * An {@code if:} as written. Text outside a {@code ${{ }}} (even a blank) makes GitHub read the
   * whole value as text, true whenever not empty: kept exactly, with a warning, since the author
   * hardly meant that.
   */
  static String condition(Node value) {
    String text = value.text();
    boolean whole = text.startsWith("${{") && text.endsWith("}}") && text.indexOf("${{", 3) < 0;
    if (text.contains("${{") && !whole) {
      value.warn("GitHub reads this condition as text because not all of it is inside one ${{ }}, so it is"
          + " true whenever that text is not empty; kept as written: put the whole condition in one ${{ }}");
    }
    return text;
  }

  /**
   * A {@code with} value that is neither a boolean nor a whole number: text, or a fraction, which
   * GitHub passes to the action as the text it prints ({@code 3.10} arrives as {@code 3.1}).
   */
  static String withText(Node value) {
    return value.text();
  }

  /** The YAML text of a value for {@code Raw.yaml(...)}; parses back to the same tree. */
  static Raw raw(Node value) {
    return Raw.yaml(yaml(value.value()));
  }

  static String yaml(JsonNode value) {
    if (!value.isContainer()) return scalar(value);
    String flow = flow(value);
    if (flow != null && flow.length() <= FLOW_WIDTH) return flow;
    return dedent(WorkflowYaml.writeFragment(value));
  }

  private static String scalar(JsonNode value) {
    String text = WorkflowYaml.writeFragment(value);
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * A short list or mapping of scalars on one line, {@code [18, lts/*]} or {@code {name: Linux}}; a
   * string that is not plainly safe in flow context is written as JSON, which YAML reads the same.
   * Null for nested values.
   */
  private static String flow(JsonNode value) {
    StringBuilder out = new StringBuilder(value.isArray() ? "[" : "{");
    boolean first = true;
    if (value.isArray()) {
      for (JsonNode item : value.values()) {
        if (item.isContainer()) return null;
        out.append(first ? "" : ", ").append(flowScalar(item));
        first = false;
      }
    } else {
      for (var e : value.properties()) {
        if (e.getValue().isContainer()) return null;
        out.append(first ? "" : ", ").append(flowScalar(tools.jackson.databind.node.JsonNodeFactory.instance
            .stringNode(e.getKey()))).append(": ").append(flowScalar(e.getValue()));
        first = false;
      }
    }
    return out.append(value.isArray() ? "]" : "}").toString();
  }

  private static String flowScalar(JsonNode scalar) {
    if (!scalar.isString()) return scalar(scalar);
    String s = scalar.stringValue();
    boolean plain = FLOW_SAFE.matcher(s).matches() && WorkflowYaml.isPlainScalar(s);
    return plain ? s : JSON.writeValueAsString(scalar);
  }

  /** Jackson indents a top-level list by two spaces; a fragment reads better flush left. */
  private static String dedent(String text) {
    String[] lines = text.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (line.isBlank()) continue;
      int i = 0;
      while (i < line.length() && line.charAt(i) == ' ') i++;
      indent = Math.min(indent, i);
    }
    if (indent == 0 || indent == Integer.MAX_VALUE) return text;
    StringBuilder out = new StringBuilder(text.length());
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      out.append(line.length() >= indent ? line.substring(indent) : line.strip());
      if (n + 1 < lines.length) out.append('\n');
    }
    return out.toString();
  }
}
