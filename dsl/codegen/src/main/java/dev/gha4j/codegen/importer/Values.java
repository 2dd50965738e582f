package dev.gha4j.codegen.importer;

import dev.gha4j.model.Raw;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/** Scalars as the model holds them, and YAML fragments for the escape hatch. */
final class Values {
  private static final YAMLMapper FRAGMENTS = new YAMLMapper.Builder(
      YAMLFactory.builder().stringQuotingChecker(new Quoting()).build())
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

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
    return dedent(FRAGMENTS.writeValueAsString(value));
  }

  private static String scalar(JsonNode value) {
    String text = FRAGMENTS.writeValueAsString(value);
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
    boolean plain = FLOW_SAFE.matcher(s).matches() && !new Quoting().needToQuoteValue(s);
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

  /**
   * Quotes every string some YAML reader would take for something else: GitHub's YAML 1.2 reader
   * ({@code True}, {@code ~}, {@code 0x1F}), YAML 1.1 readers ({@code yes}, {@code on}) and Jackson.
   */
  private static final class Quoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER_LIKE = Pattern.compile(
        "[-+]?(\\.?[0-9][0-9a-fA-F_:.,xXoO+-]*|\\.(inf|Inf|INF|nan|NaN|NAN))|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");
    private static final java.util.Set<String> RESERVED =
        java.util.Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=");

    @Override
    public boolean needToQuoteName(String name) {
      return needToQuoteValue(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      if (value.isEmpty() || RESERVED.contains(value.toLowerCase(Locale.ROOT))) return true;
      if (NUMBER_LIKE.matcher(value).matches()) return true;
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if (first == ' ' || first == '\t' || last == ' ' || last == '\t' || last == ':') return true;
      if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) return true;
      if (value.contains(": ") || value.contains(" #") || value.contains(":\t") || value.contains("\t#")) return true;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFEFF || c == 0x2028 || c == 0x2029) return true;
      }
      return false;
    }
  }
}
