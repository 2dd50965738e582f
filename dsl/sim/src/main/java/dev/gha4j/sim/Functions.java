package dev.gha4j.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** GitHub's expression functions other than the status functions and {@code hashFiles}. */
final class Functions {
  private Functions() {}

  static Object call(String function, List<Object> args) {
    switch (function) {
      case "contains": return contains(args.get(0), args.get(1));
      case "startsWith": return upper(args.get(0)).startsWith(upper(args.get(1)));
      case "endsWith": return upper(args.get(0)).endsWith(upper(args.get(1)));
      case "format": return format(Value.toText(args.get(0)), args.subList(1, args.size()));
      case "join": return join(args.get(0), args.size() > 1 ? Value.toText(args.get(1)) : ",");
      case "toJSON": return Json.write(args.get(0));
      case "fromJSON": return Json.read(Value.toText(args.get(0)));
      default: throw new EvaluationException("unknown function '" + function + "'");
    }
  }

  /**
   * "contains(search, item): Returns true if search contains item. If search is an array, this
   * function returns true if the item is an element in the array. If search is a string, this
   * function checks if the item is a substring of search. This function is not case sensitive.
   * Casts values to a string."
   */
  static boolean contains(Object search, Object item) {
    if (search instanceof List<?> list) {
      for (Object element : list) if (Value.looseEquals(element, item)) return true;
      return false;
    }
    return upper(search).contains(upper(item));
  }

  private static String upper(Object v) {
    return Value.toText(v).toUpperCase(Locale.ROOT);
  }

  /** "format(string, replaceValue0, …)": {@code {N}} placeholders; {@code {{} and {@code }}} escape braces. */
  static String format(String template, List<Object> args) {
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
        if (!number.matches("\\d+") || Integer.parseInt(number) >= args.size()) {
          throw new EvaluationException("format: '" + template + "' has an invalid placeholder at index " + i
              + " (use {0}..{" + (args.size() - 1) + "}, or {{ and }} for braces)");
        }
        out.append(Value.toText(args.get(Integer.parseInt(number))));
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

  /** "join(array, optionalSeparator)": elements as text; a string is returned as it is. */
  static String join(Object array, String separator) {
    if (!(array instanceof List<?> list)) return Value.toText(array);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) out.append(separator);
      out.append(Value.toText(list.get(i)));
    }
    return out.toString();
  }

  /** The default fake {@code hashFiles}: a SHA-256 of the patterns, so equal patterns give equal keys. */
  static String fakeHash(List<String> patterns) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(String.join("\n", patterns).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
