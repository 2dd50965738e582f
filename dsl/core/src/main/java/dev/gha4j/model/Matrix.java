package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code strategy.matrix}: named axes of values, plus {@code include} and {@code exclude} entries;
 * or one expression producing the whole matrix ({@code fromJSON(...)}). An axis whose values are
 * objects, lists, fractions or of mixed types is given as YAML ({@link #and(String, Raw)}).
 *
 * <pre>{@code Matrix.axis("python", "3.11", "3.12").axis("os", "ubuntu-latest", "macos-latest")
 *     .exclude(Combination.of("python", "3.11").and("os", "macos-latest"))}</pre>
 */
public record Matrix(
    Map<String, List<Scalar>> axes, Map<String, String> axisExpressions,
    List<Combination> include, List<Combination> exclude, String expression, Map<String, Raw> rawAxes) {

  public Matrix {
    axes = Ordered.copy(axes);
    axisExpressions = Ordered.copy(axisExpressions);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rawAxes = Ordered.copy(rawAxes);
  }

  /** A matrix without YAML axes. */
  public Matrix(Map<String, List<Scalar>> axes, Map<String, String> axisExpressions,
      List<Combination> include, List<Combination> exclude, String expression) {
    this(axes, axisExpressions, include, exclude, expression, Map.of());
  }

  private static final Matrix EMPTY = new Matrix(Map.of(), Map.of(), List.of(), List.of(), null);

  /** An axis of text values. */
  public static Matrix axis(String name, String... values) { return EMPTY.and(name, values); }

  /** An axis of whole numbers. */
  public static Matrix axis(String name, long... values) { return EMPTY.and(name, values); }

  /**
   * An axis whose values GitHub reads from YAML, for values the typed axes cannot hold: objects,
   * lists, fractions, mixed types. {@code Matrix.axis("os", Raw.yaml("[{name: Linux, image: ubuntu-24.04}]"))}
   */
  public static Matrix axis(String name, Raw values) { return EMPTY.and(name, values); }

  /** A matrix made only of {@code include} entries. */
  public static Matrix including(Combination... entries) { return EMPTY.include(entries); }

  /** {@code matrix: ${{ expression }}}, e.g. {@code Expr.fromJson(job.output("matrix"))}. */
  public static Matrix fromExpression(Expr expression) {
    return new Matrix(Map.of(), Map.of(), List.of(), List.of(), expression.embed());
  }

  /** Another axis of text values. */
  public Matrix and(String name, String... values) {
    return withAxis(name, Arrays.stream(values).map(Scalar::of).toList());
  }

  /** Another axis of whole numbers. */
  public Matrix and(String name, long... values) {
    return withAxis(name, Arrays.stream(values).mapToObj(Scalar::of).toList());
  }

  /** An axis whose values come from an expression, e.g. {@code fromJSON(inputs.versions)}. */
  public Matrix and(String name, Expr values) {
    Map<String, String> more = new LinkedHashMap<>(axisExpressions);
    more.put(name, values.embed());
    return new Matrix(axes, more, include, exclude, expression, rawAxes);
  }

  /** Another axis given as a YAML list; see {@link #axis(String, Raw)}. */
  public Matrix and(String name, Raw values) {
    Map<String, Raw> more = new LinkedHashMap<>(rawAxes);
    more.put(name, values);
    return new Matrix(axes, axisExpressions, include, exclude, expression, more);
  }

  public Matrix include(Combination... entries) {
    return new Matrix(axes, axisExpressions, Lists.plus(include, entries), exclude, expression, rawAxes);
  }

  public Matrix exclude(Combination... entries) {
    return new Matrix(axes, axisExpressions, include, Lists.plus(exclude, entries), expression, rawAxes);
  }

  /** Names {@code matrix.<name>} may use: axes and keys of {@code include} entries. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(axes.keySet());
    keys.addAll(axisExpressions.keySet());
    keys.addAll(rawAxes.keySet());
    for (Combination c : include) for (String k : c.keys()) if (!keys.contains(k)) keys.add(k);
    return keys;
  }

  private Matrix withAxis(String name, List<Scalar> values) {
    Map<String, List<Scalar>> more = new LinkedHashMap<>(axes);
    more.put(name, values);
    return new Matrix(more, axisExpressions, include, exclude, expression, rawAxes);
  }
}
