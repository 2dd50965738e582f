package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one implementation of {@link Matrix}; see there. */
record MatrixValue(
    Map<String, List<Scalar>> axes, Map<String, Expr> axisExpressions, Map<String, Raw> rawAxes,
    List<Combination> include, Expr includeExpression, List<Combination> exclude, Expr excludeExpression,
    Expr expression) implements Matrix {

  static final MatrixValue EMPTY = new MatrixValue(Map.of(), Map.of(), Map.of(), List.of(), null, List.of(), null, null);

  MatrixValue {
    axes = Ordered.copy(axes);
    axisExpressions = Ordered.copy(axisExpressions);
    rawAxes = Ordered.copy(rawAxes);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
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
    return new MatrixValue(axes, more, rawAxes, include, includeExpression, exclude, excludeExpression, expression);
  }

  @Override
  public Matrix and(String name, Raw values) {
    Map<String, Raw> more = new LinkedHashMap<>(rawAxes);
    more.put(name, values);
    return new MatrixValue(axes, axisExpressions, more, include, includeExpression, exclude, excludeExpression,
        expression);
  }

  @Override
  public Matrix include(Combination... entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, Lists.plus(include, entries), includeExpression, exclude,
        excludeExpression, expression);
  }

  @Override
  public Matrix include(Expr entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, entries, exclude, excludeExpression, expression);
  }

  @Override
  public Matrix exclude(Combination... entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, Lists.plus(exclude, entries),
        excludeExpression, expression);
  }

  @Override
  public Matrix exclude(Expr entries) {
    return new MatrixValue(axes, axisExpressions, rawAxes, include, includeExpression, exclude, entries, expression);
  }

  @Override
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
    return new MatrixValue(more, axisExpressions, rawAxes, include, includeExpression, exclude, excludeExpression,
        expression);
  }
}
