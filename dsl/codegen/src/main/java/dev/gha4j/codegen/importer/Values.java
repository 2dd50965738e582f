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
    String text = FRAGMENTS.writeValueAsString(value);
    if (!value.isContainer()) return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return dedent(text);
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
