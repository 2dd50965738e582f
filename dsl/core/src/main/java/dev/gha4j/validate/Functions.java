package dev.gha4j.validate;

import dev.gha4j.expr.Call;
import dev.gha4j.expr.Literal;
import dev.gha4j.validate.ExprType.Arr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signatures of GitHub's expression functions, as actionlint types them (MIT, rhysd/actionlint
 * v1.7.7, {@code BuiltinFuncSignatures}), and its checks of {@code format()} and {@code fromJSON()}.
 */
final class Functions {
  private record Signature(ExprType result, List<ExprType> params, boolean variadic) {}

  private static final ExprType STRINGS = new Arr(ExprType.STRING, false);
  private static final Map<String, List<Signature>> SIGNATURES = Map.ofEntries(
      Map.entry("contains", List.of(sig(ExprType.BOOL, false, ExprType.STRING, ExprType.STRING),
          sig(ExprType.BOOL, false, new Arr(ExprType.ANY, false), ExprType.ANY))),
      Map.entry("startswith", List.of(sig(ExprType.BOOL, false, ExprType.STRING, ExprType.STRING))),
      Map.entry("endswith", List.of(sig(ExprType.BOOL, false, ExprType.STRING, ExprType.STRING))),
      Map.entry("format", List.of(sig(ExprType.STRING, true, ExprType.STRING, ExprType.ANY))),
      Map.entry("join", List.of(sig(ExprType.STRING, false, STRINGS, ExprType.STRING), sig(ExprType.STRING, false, STRINGS))),
      Map.entry("tojson", List.of(sig(ExprType.STRING, false, ExprType.ANY))),
      Map.entry("fromjson", List.of(sig(ExprType.ANY, false, ExprType.STRING))),
      Map.entry("hashfiles", List.of(sig(ExprType.STRING, true, ExprType.STRING))),
      Map.entry("case", List.of(sig(ExprType.ANY, true, ExprType.BOOL, ExprType.ANY, ExprType.ANY))));

  private Functions() {}

  private static Signature sig(ExprType result, boolean variadic, ExprType... params) {
    return new Signature(result, List.of(params), variadic);
  }

  /** The result type of {@code call} with arguments of {@code args}; what is wrong goes to {@code found}. */
  static ExprType check(Call call, List<ExprType> args, List<TypeChecker.Finding> found) {
    String name = call.function().toLowerCase(Locale.ROOT);
    List<Signature> overloads = SIGNATURES.get(name);
    if (overloads == null) return ExprType.BOOL; // success(), failure(), always(), cancelled()
    String first = null;
    for (Signature s : overloads) {
      String problem = mismatch(call, s, args);
      if (problem == null) return special(call, name, s.result(), found);
      if (first == null) first = problem;
    }
    found.add(new TypeChecker.Finding(Check.EXPRESSION_TYPES, first));
    return ExprType.ANY;
  }

  private static String mismatch(Call call, Signature s, List<ExprType> args) {
    int n = s.params().size();
    if (s.variadic() ? args.size() < n : args.size() != n) {
      return call.text() + " passes " + args.size() + " arguments; " + call.function() + "() takes "
          + (s.variadic() ? "at least " : "") + n;
    }
    for (int i = 0; i < args.size(); i++) {
      ExprType param = s.params().get(Math.min(i, n - 1));
      if (!param.accepts(args.get(i))) {
        return call.text() + " passes " + TypeChecker.article(args.get(i)) + " as argument " + (i + 1) + ", where "
            + call.function() + "() takes " + TypeChecker.article(param);
      }
    }
    return null;
  }

  private static ExprType special(Call call, String name, ExprType result, List<TypeChecker.Finding> found) {
    if (name.equals("format") && call.args().get(0) instanceof Literal l && l.value() instanceof String f) {
      int given = call.args().size() - 1;
      Set<Integer> used = placeholders(f);
      for (int i = 0; i < given; i++) {
        if (!used.remove(i)) {
          found.add(new TypeChecker.Finding(Check.EXPRESSION_TYPES, call.text() + ": the format string has no {" + i
              + "}, so argument " + (i + 2) + " is never used; fix: remove it or add {" + i + "}"));
        }
      }
      for (int i : new TreeSet<>(used)) {
        found.add(new TypeChecker.Finding(Check.EXPRESSION_TYPES, call.text() + ": the format string has {" + i
            + "}, but only " + given + " arguments follow it; fix: pass the missing argument"));
      }
    }
    if (name.equals("fromjson") && call.args().get(0) instanceof Literal l && l.value() instanceof String json) {
      try {
        return typeOf(JsonMapper.shared().readTree(json));
      } catch (JacksonException e) {
        found.add(new TypeChecker.Finding(Check.EXPRESSION_TYPES, call.text() + " passes text that is not JSON: "
            + e.getOriginalMessage()));
      }
    }
    return result;
  }

  private static ExprType typeOf(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) return ExprType.NULL;
    if (v.isBoolean()) return ExprType.BOOL;
    if (v.isNumber()) return ExprType.NUMBER;
    if (v.isString()) return ExprType.STRING;
    if (v.isArray()) {
      ExprType elem = null;
      for (JsonNode item : v) elem = elem == null ? typeOf(item) : elem.merge(typeOf(item));
      return new Arr(elem == null ? ExprType.ANY : elem, false);
    }
    Map<String, ExprType> props = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) props.put(e.getKey().toLowerCase(Locale.ROOT), typeOf(e.getValue()));
    return ExprType.strict(props);
  }

  // actionlint's parseFormatFuncSpecifiers: {0} counts, {{ and }} are escapes, {0}}} still counts.
  static Set<Integer> placeholders(String f) {
    Set<Integer> found = new java.util.HashSet<>();
    int start = -1;
    int end = -1;
    int[] cps = f.codePoints().toArray();
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0, o = 0; i < cps.length; o += Character.charCount(cps[i]), i++) offsets.add(o);
    for (int k = 0; k < cps.length; k++) {
      int r = cps[k];
      int i = offsets.get(k);
      if (start < 0) {
        if (r == '{') start = i + 1;
        continue;
      }
      if (end < 0) {
        if (r == '{' && i == start) start = -1;
        else if (r == '}') {
          if (i == start) start = -1;
          else end = i;
        } else if (!(r >= '0' && r <= '9')) {
          start = r == '{' ? i + 1 : -1;
        }
        continue;
      }
      if (r == '}') continue;
      if ((i - end) % 2 == 1) found.add(number(f.substring(start, end)));
      start = r == '{' ? i + 1 : -1;
      end = -1;
    }
    if (start >= 0 && end >= 0 && (f.length() - end) % 2 == 1) found.add(number(f.substring(start, end)));
    return found;
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // Go's Atoi yields 0 on overflow; such a placeholder is never matched anyway
    }
  }
}
