package dev.gha4j.codegen.importer;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code strategy.matrix}: typed axes where every value is text or where every value is a whole
 * number; an expression axis; anything else (objects, lists, fractions, booleans, mixed types) as
 * a YAML axis, which keeps the values exactly as written.
 */
final class MatrixReader {
  private MatrixReader() {}

  static Matrix read(Node value) {
    if (!value.isMap()) return Matrix.fromExpression(Expressions.required(value));
    Matrix m = Matrix.empty();
    for (Map.Entry<String, Node> e : value.entries().entrySet()) {
      String key = e.getKey();
      Node axis = e.getValue();
      boolean entries = key.equals("include") || key.equals("exclude");
      if (entries && !axis.isList()) {
        Expr list = Expressions.required(axis); // include: ${{ fromJSON(...) }}
        m = key.equals("include") ? m.include(list) : m.exclude(list);
      } else if (entries) {
        List<Combination> combinations = new ArrayList<>();
        for (Node entry : axis.items()) combinations.add(combination(entry));
        Combination[] all = combinations.toArray(Combination[]::new);
        m = key.equals("include") ? m.include(all) : m.exclude(all);
      } else if (!axis.isList()) {
        m = m.and(key, Expressions.required(axis));
      } else if (allText(axis)) {
        m = m.and(key, axis.texts().toArray(String[]::new));
      } else if (allWhole(axis)) {
        m = m.and(key, axis.items().stream().mapToLong(n -> n.value().longValue()).toArray());
      } else {
        m = m.and(key, Values.raw(axis));
      }
    }
    return m;
  }

  private static Combination combination(Node entry) {
    Combination c = null;
    for (Map.Entry<String, Node> e : entry.entries().entrySet()) {
      String key = e.getKey();
      Node v = e.getValue();
      if (v.isText()) c = c == null ? Combination.of(key, v.text()) : c.and(key, v.text());
      else if (v.value().isBoolean()) c = c == null ? Combination.of(key, v.bool()) : c.and(key, v.bool());
      else if (v.isWhole()) c = c == null ? Combination.of(key, v.value().longValue()) : c.and(key, v.value().longValue());
      else c = c == null ? Combination.of(key, Values.raw(v)) : c.and(key, Values.raw(v));
    }
    if (c == null) throw entry.fail("an empty matrix entry");
    return c;
  }

  private static boolean allText(Node axis) {
    return axis.items().stream().allMatch(Node::isText);
  }

  private static boolean allWhole(Node axis) {
    return !axis.items().isEmpty() && axis.items().stream().allMatch(Node::isWhole);
  }
}
