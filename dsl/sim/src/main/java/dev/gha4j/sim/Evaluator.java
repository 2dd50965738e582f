package dev.gha4j.sim;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextRef;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.expr.Property;
import dev.gha4j.model.Scalar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates GitHub expressions over the {@link Value} model: the contexts ({@code github},
 * {@code env}, {@code steps}, …) are plain maps, and {@link Status} answers the status functions.
 * A path that does not exist evaluates to null, as on GitHub.
 *
 * <pre>{@code
 * Evaluator ev = new Evaluator(Map.of("github", Map.of("ref", "refs/heads/main")), Status.SUCCESS);
 * ev.evaluate("github.ref == 'REFS/HEADS/MAIN'")   // true: string equality ignores case
 * ev.interpolate("ref=${{ github.ref }}")          // "ref=refs/heads/main"
 * }</pre>
 */
public final class Evaluator {
  private final Map<String, Object> contexts;
  private final Status status;
  private final Function<List<String>, String> hashFiles;

  /** Contexts by name (values in the {@link Value} model), with the default fake {@code hashFiles}. */
  public Evaluator(Map<String, ?> contexts, Status status) {
    this(contexts, status, Functions::fakeHash);
  }

  /** As above, with {@code hashFiles(patterns…)} answered by {@code hashFiles}. */
  public Evaluator(Map<String, ?> contexts, Status status, Function<List<String>, String> hashFiles) {
    @SuppressWarnings("unchecked")
    Map<String, Object> model = (Map<String, Object>) Value.of(contexts);
    this.contexts = model;
    this.status = status;
    this.hashFiles = hashFiles;
  }

  /** The value of expression text (without {@code ${{ }}}). */
  public Object evaluate(String text) {
    return evaluate(Expr.parse(text));
  }

  /** The value of an expression. */
  public Object evaluate(Expr e) {
    if (e instanceof Literal l) return l.value();
    if (e instanceof ContextRef c) return Value.property(contexts, c.name());
    if (e instanceof Property p) return property(evaluate(p.target()), p.name());
    if (e instanceof Index i) return index(evaluate(i.target()), evaluate(i.index()));
    if (e instanceof Not n) return !Value.truthy(evaluate(n.operand()));
    if (e instanceof Binary b) return binary(b);
    return call((Call) e);
  }

  /**
   * An {@code if:} condition. "A default status check of success() is applied unless you include
   * one of these functions": without a status function the condition means
   * {@code success() && (<condition>)}. Text wrapped in {@code ${{ }}} is accepted too.
   */
  public boolean condition(String text) {
    if (text == null || text.isBlank()) return status.success();
    Expr e = Expr.parse(strip(text));
    if (!e.usesStatusFunction()) return status.success() && Value.truthy(evaluate(e));
    return Value.truthy(evaluate(e));
  }

  /**
   * A value of the model: an expression is evaluated as it is (no text is parsed again), text as
   * by {@link #resolve(String)}, booleans and numbers as themselves.
   */
  public Object value(Scalar s) {
    if (s instanceof Scalar.Expression e) return evaluate(e.expr());
    if (s instanceof Scalar.Text t) return resolve(t.value());
    if (s instanceof Scalar.Bool b) return b.value();
    return Value.of(((Scalar.Number) s).value());
  }

  /** An {@code if:} as the YAML writes it: an expression bare, text as given; null when absent. */
  static String written(Scalar condition) {
    if (condition instanceof Scalar.Expression e) return e.expr().text();
    return condition == null ? null : condition.text();
  }

  /** A value of the model as the text the runner sets (an environment variable, an output). */
  public String interpolate(Scalar s) {
    if (s instanceof Scalar.Text t) return interpolate(t.value());
    return Value.toText(value(s));
  }

  /** An {@code if:} of the model; see {@link #condition(String)}. Absent, it is {@code success()}. */
  public boolean condition(Scalar s) {
    if (s == null) return status.success();
    if (!(s instanceof Scalar.Expression e)) return condition(s.text());
    if (!e.expr().usesStatusFunction()) return status.success() && Value.truthy(evaluate(e.expr()));
    return Value.truthy(evaluate(e.expr()));
  }

  /** Text with every {@code ${{ }}} replaced by its value rendered as text, as the runner does. */
  public String interpolate(String text) {
    if (text == null || !Embedded.hasExpression(text)) return text;
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Embedded.Occurrence o : Embedded.find(text)) {
      int open = o.offset() - 3;
      out.append(text, from, open);
      out.append(Value.toText(evaluate(o.parse())));
      from = closingEnd(text, o);
    }
    out.append(text.substring(Math.min(from, text.length())));
    return out.toString();
  }

  /**
   * A value that may be one whole expression ({@code ${{ fromJSON(x) }}} keeps its type) or text
   * with embedded expressions (a string).
   */
  public Object resolve(String text) {
    if (text == null) return null;
    String s = text.strip();
    List<Embedded.Occurrence> found = Embedded.find(s);
    if (found.size() == 1 && s.startsWith("${{") && closingEnd(s, found.get(0)) == s.length()) {
      return evaluate(found.get(0).parse());
    }
    return interpolate(text);
  }

  // The index just past the "}}" that ends this occurrence; like Embedded, a quoted "}}" does not end it.
  private static int closingEnd(String text, Embedded.Occurrence o) {
    boolean quoted = false;
    for (int i = o.offset(); i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') quoted = !quoted;
      else if (!quoted && c == '}' && text.charAt(i + 1) == '}') return i + 2;
    }
    return text.length();
  }

  private static String strip(String text) {
    String s = text.strip();
    if (s.startsWith("${{") && s.endsWith("}}")) return s.substring(3, s.length() - 2);
    return s;
  }

  private Object binary(Binary b) {
    Object left = evaluate(b.left());
    switch (b.op()) {
      case AND: return Value.truthy(left) ? evaluate(b.right()) : left;
      case OR: return Value.truthy(left) ? left : evaluate(b.right());
      default: break;
    }
    Object right = evaluate(b.right());
    switch (b.op()) {
      case EQ: return Value.looseEquals(left, right);
      case NE: return !Value.looseEquals(left, right);
      default: break;
    }
    Integer sign = Value.compare(left, right);
    if (sign == null) return false;
    switch (b.op()) {
      case LT: return sign < 0;
      case LE: return sign <= 0;
      case GT: return sign > 0;
      default: return sign >= 0;
    }
  }

  private Object call(Call c) {
    switch (c.function()) {
      case "success": return status.success();
      case "failure": return status.failure();
      case "cancelled": return status.cancelled();
      case "always": return true;
      default: break;
    }
    List<Object> args = c.args().stream().map(this::evaluate).toList();
    if (c.function().equals("hashFiles")) {
      return hashFiles.apply(args.stream().map(Value::toText).toList());
    }
    return Functions.call(c.function(), args);
  }

  static Object property(Object target, String name) {
    if (name.equals("*")) return filter(target);
    if (target instanceof Filtered items) {
      Filtered mapped = new Filtered();
      for (Object item : items) {
        if (item instanceof Map<?, ?> && hasKey(item, name)) mapped.add(Value.property(item, name));
      }
      return mapped;
    }
    return Value.property(target, name);
  }

  private static boolean hasKey(Object map, String name) {
    for (Object k : ((Map<?, ?>) map).keySet()) if (String.valueOf(k).equalsIgnoreCase(name)) return true;
    return false;
  }

  private static Filtered filter(Object target) {
    Filtered out = new Filtered();
    if (target instanceof Filtered items) {
      // A filter of a filter flattens one level: a.*.* is every element of every element.
      for (Object item : items) {
        if (item instanceof List<?> l) out.addAll(l);
        else if (item instanceof Map<?, ?> m) out.addAll(m.values());
      }
    } else if (target instanceof List<?> l) {
      out.addAll(l);
    } else if (target instanceof Map<?, ?> m) {
      out.addAll(m.values());
    }
    return out;
  }

  private static Object index(Object target, Object key) {
    if (target instanceof Filtered items && key instanceof String s) return property(items, s);
    if (target instanceof List<?> list) {
      if (!(key instanceof Double d) || d != Math.floor(d) || d < 0 || d >= list.size()) return null;
      return list.get(d.intValue());
    }
    if (target instanceof Map<?, ?>) return Value.property(target, Value.toText(key));
    return null;
  }
}
