package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one implementation of {@link Matrix}; see there. {@code order} lists the axes of all three
 * kinds in the order they were added, which is the order GitHub names a matrix job's values in
 * ({@code test (ubuntu-latest, 3.12)}), so required status checks keep their names.
 */
record MatrixValue(
    Map<String, List<Scalar>> axes, Map<String, Expr> axisExpressions, Map<String, Raw> rawAxes,
    List<Combination> include, Expr includeExpression, List<Combination> exclude, Expr excludeExpression,
    Expr expression, List<String> order) implements Matrix {

  static final MatrixValue EMPTY =
      new MatrixValue(Map.of(), Map.of(), Map.of(), List.of(), null, List.of(), null, null, List.of());

  MatrixValue {
    axes = Ordered.copy(axes);
    axisExpressions = Ordered.copy(axisExpressions);
    rawAxes = Ordered.copy(rawAxes);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    order = List.copyOf(order);
  }

  @Override
  public Matrix and(String name, String... values) {
    return withAxis(name, Arrays.stream(values).map(Scalar::of).toList());
  }

  @Override
  public Matrix and(String name, long... values) {
    return withAxis(name, Arrays.stream(values).mapToObj(Scalar::of).toList());
  }

  @Override
  public Matrix and(String name, Expr values) {
    Map<String, Expr> more = new LinkedHashMap<>(axisExpressions);
    more.put(name, values);
    return new MatrixValue(axes, more, rawAxes, include, includeExpression, exclude, excludeExpression, expression,
        ordered(name));
  }

  @Override
  public Matrix and(String name, Raw values) {
    Map<String, Raw> more = new LinkedHashMap<>(rawAxes);
    more.put(name, values);
    return new MatrixValue(axes, axisExpressions, more, include, includeExpression, exclude, excludeExpression,
        expression, ordered(name));
  }

  @Override
  public Matrix include(Combination... entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, Lists.plus(include, entries), includeExpression, exclude,
        excludeExpression, expression, order);
  }

  @Override
  public Matrix include(Expr entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, entries, exclude, excludeExpression, expression,
        order);
  }

  @Override
  public Matrix exclude(Combination... entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, Lists.plus(exclude, entries),
        excludeExpression, expression, order);
  }

  @Override
  public Matrix exclude(Expr entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, exclude, entries, expression,
        order);
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(order);
    for (Combination c : include) for (String k : c.keys()) if (!keys.contains(k)) keys.add(k);
    return keys;
  }

  private Matrix withAxis(String name, List<Scalar> values) {
    Map<String, List<Scalar>> more = new LinkedHashMap<>(axes);
    more.put(name, values);
    return new MatrixValue(more, axisExpressions, rawAxes, include, includeExpression, exclude, excludeExpression,
        expression, ordered(name));
  }

  // An axis given again keeps its place, as in a map.
  private List<String> ordered(String name) {
    return order.contains(name) ? order : Lists.plus(order, name);
  }
}
