package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.ArrayList;
import java.util.Arrays;
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
    return withAxes(axes, Ordered.plus(axisExpressions, name, values), rawAxes, name);
  }

  @Override
  public Matrix and(String name, Raw values) {
    return withAxes(axes, axisExpressions, Ordered.plus(rawAxes, name, values), name);
  }

  @Override
  public Matrix include(Combination... entries) {
    return withEntries(Lists.plus(include, entries), includeExpression, exclude, excludeExpression);
  }

  @Override
  public Matrix include(Expr entries) {
    return withEntries(include, entries, exclude, excludeExpression);
  }

  @Override
  public Matrix exclude(Combination... entries) {
    return withEntries(include, includeExpression, Lists.plus(exclude, entries), excludeExpression);
  }

  @Override
  public Matrix exclude(Expr entries) {
    return withEntries(include, includeExpression, exclude, entries);
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(order);
    for (Combination c : include) for (String k : c.keys()) if (!keys.contains(k)) keys.add(k);
    return keys;
  }

  private Matrix withAxis(String name, List<Scalar> values) {
    return withAxes(Ordered.plus(axes, name, values), axisExpressions, rawAxes, name);
  }

  // An axis given again keeps its place, as in a map.
  private Matrix withAxes(
      Map<String, List<Scalar>> axes, Map<String, Expr> axisExpressions, Map<String, Raw> rawAxes, String added) {
    List<String> ordered = order.contains(added) ? order : Lists.plus(order, added);
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, exclude, excludeExpression,
        expression, ordered);
  }

  private Matrix withEntries(
      List<Combination> include, Expr includeExpression, List<Combination> exclude, Expr excludeExpression) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, exclude, excludeExpression,
        expression, order);
  }
}
