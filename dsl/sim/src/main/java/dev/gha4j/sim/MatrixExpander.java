package dev.gha4j.sim;

import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code strategy.matrix} into job instances as GitHub documents it ("Running variations of
 * jobs in a workflow"):
 *
 * <ol>
 *   <li>the cartesian product of the axes, the first axis varying slowest;
 *   <li>{@code exclude}: drop every combination that matches all key/values of an exclude entry
 *       (a partial entry drops every combination it matches);
 *   <li>{@code include}, entry by entry: "the key:value pairs in the object will be added to each
 *       of the matrix combinations if none of the key:value pairs overwrite any of the original
 *       matrix values. If the object cannot be added to any of the matrix combinations, a new
 *       matrix combination will be created instead." Values added by an earlier include may be
 *       overwritten by a later one; original axis values never are.
 * </ol>
 *
 * A matrix given as one expression ({@code fromJSON(...)}) is evaluated first; its
 * {@code include}/{@code exclude} keys follow the same rules.
 */
final class MatrixExpander {
  private MatrixExpander() {}

  /**
   * One job instance's {@code matrix} context and the keys that came from axes. A combination an
   * include entry created has no original keys and is never extended: "it's added as an additional
   * matrix combination" is final in GitHub's example ({fruit: banana} and {fruit: banana, animal:
   * cat} stay two jobs).
   */
  private record Combo(Map<String, Value> values, List<String> original, boolean extendable) {}

  static List<Value.Dictionary> expand(Matrix matrix, Evaluator ev) {
    Map<String, List<Value>> axes = new LinkedHashMap<>();
    List<Map<String, Value>> include = new ArrayList<>();
    List<Map<String, Value>> exclude = new ArrayList<>();
    if (matrix.expression() != null) {
      Value whole = ev.evaluate(matrix.expression());
      if (!(whole instanceof Value.Dictionary map)) {
        throw new EvaluationException("strategy.matrix " + matrix.expression().embed() + " is " + whole.kind().gitHubName()
            + ", not an object");
      }
      map.members().forEach((key, v) -> {
        if (key.equals("include")) include.addAll(objects(v, key));
        else if (key.equals("exclude")) exclude.addAll(objects(v, key));
        else axes.put(key, list(v, key));
      });
    }
    matrix.axes().forEach((k, v) -> axes.put(k, v.stream().map(MatrixExpander::scalar).toList()));
    matrix.axisExpressions().forEach((k, v) -> axes.put(k, list(ev.evaluate(v), k)));
    if (matrix.includeExpression() != null) include.addAll(objects(ev.evaluate(matrix.includeExpression()), "include"));
    if (matrix.excludeExpression() != null) exclude.addAll(objects(ev.evaluate(matrix.excludeExpression()), "exclude"));
    for (Combination c : matrix.include()) include.add(values(c));
    for (Combination c : matrix.exclude()) exclude.add(values(c));
    return expand(axes, include, exclude);
  }

  static List<Value.Dictionary> expand(
      Map<String, List<Value>> axes, List<Map<String, Value>> include, List<Map<String, Value>> exclude) {
    List<Combo> combos = new ArrayList<>();
    if (!axes.isEmpty()) product(new ArrayList<>(axes.entrySet()), 0, new LinkedHashMap<>(), combos);
    combos.removeIf(c -> exclude.stream().anyMatch(x -> subset(x, c.values())));
    for (Map<String, Value> entry : include) {
      boolean added = false;
      for (Combo c : combos) {
        if (!c.extendable()) continue;
        boolean conflicts = entry.entrySet().stream().anyMatch(e -> c.original().contains(e.getKey())
            && !Coercion.looseEquals(c.values().get(e.getKey()), e.getValue()));
        if (!conflicts) {
          c.values().putAll(entry);
          added = true;
        }
      }
      if (!added) combos.add(new Combo(new LinkedHashMap<>(entry), List.of(), false));
    }
    return combos.stream().map(c -> new Value.Dictionary(c.values())).toList();
  }

  private static void product(List<Map.Entry<String, List<Value>>> axes, int i, Map<String, Value> prefix,
      List<Combo> out) {
    if (i == axes.size()) {
      out.add(new Combo(new LinkedHashMap<>(prefix), List.copyOf(prefix.keySet()), true));
      return;
    }
    for (Value v : axes.get(i).getValue()) {
      prefix.put(axes.get(i).getKey(), v);
      product(axes, i + 1, prefix, out);
    }
    prefix.remove(axes.get(i).getKey());
  }

  private static boolean subset(Map<String, Value> partial, Map<String, Value> full) {
    return partial.entrySet().stream()
        .allMatch(e -> full.containsKey(e.getKey()) && Coercion.looseEquals(full.get(e.getKey()), e.getValue()));
  }

  private static Map<String, Value> values(Combination c) {
    Map<String, Value> out = new LinkedHashMap<>();
    c.values().forEach((k, v) -> out.put(k, scalar(v)));
    return out;
  }

  private static Value scalar(Scalar s) {
    return Evaluator.literal(s);
  }

  private static List<Value> list(Value v, String key) {
    if (v instanceof Value.Array a) return new ArrayList<>(a.items());
    throw new EvaluationException("matrix axis '" + key + "' is " + v.kind().gitHubName() + ", not an array");
  }

  private static List<Map<String, Value>> objects(Value v, String key) {
    List<Map<String, Value>> out = new ArrayList<>();
    for (Value item : list(v, key)) {
      if (!(item instanceof Value.Dictionary m)) throw new EvaluationException("matrix " + key + " entries must be objects");
      out.add(new LinkedHashMap<>(m.members()));
    }
    return out;
  }
}
