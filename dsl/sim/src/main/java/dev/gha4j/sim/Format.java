package dev.gha4j.sim;

import java.util.List;

/**
 * "format(string, replaceValue0, …)": {@code {N}} placeholders replaced by the arguments as text;
 * {@code {{} and {@code }}} escape braces. Anything else with a brace is invalid, as in the runner's
 * {@code Format.cs}.
 */
final class Format {
  private Format() {}

  static String apply(String template, List<Value> args) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && template.startsWith("{{", i)) {
        out.append('{');
        i += 2;
      } else if (c == '}' && template.startsWith("}}", i)) {
        out.append('}');
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        String number = close < 0 ? "" : template.substring(i + 1, close);
        if (!number.matches("\\d+")) {
          throw new EvaluationException("format: '" + template + "' has an invalid placeholder at index " + i
              + " (use {0}, {1}, …, or {{ and }} for braces)");
        }
        int n = Integer.parseInt(number);
        if (n >= args.size()) {
          throw new EvaluationException("format: '" + template + "' reads {" + n + "} but has only " + args.size()
              + " argument" + (args.size() == 1 ? "" : "s") + " after the template");
        }
        out.append(args.get(n).asText());
        i = close + 1;
      } else if (c == '}') {
        throw new EvaluationException("format: '" + template + "' has an unmatched '}' at index " + i + " (write }})");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
