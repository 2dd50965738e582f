package dev.gha4j.emit;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Scalar;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code strategy.matrix}: axes in order (typed, expression, YAML), then {@code include}, then {@code exclude}. */
final class MatrixTree {
  private final WorkflowTree tree;

  MatrixTree(WorkflowTree tree) {
    this.tree = tree;
  }

  JsonNode matrix(Matrix m) {
    if (m.expression() != null) return tree.scalarNode(Scalar.of(m.expression()), "strategy.matrix");
    ObjectNode n = WorkflowTree.NODES.objectNode();
    m.axes().forEach((axis, values) -> {
      tree.name(axis, "strategy.matrix");
      ArrayNode array = n.putArray(axis);
      for (Scalar v : values) array.add(tree.scalarNode(v, "strategy.matrix." + axis));
    });
    m.axisExpressions().forEach((axis, expression) -> {
      tree.name(axis, "strategy.matrix");
      n.set(axis, tree.scalarNode(Scalar.of(expression), "strategy.matrix." + axis));
    });
    m.rawAxes().forEach((axis, values) -> {
      tree.name(axis, "strategy.matrix");
      n.set(axis, tree.rawNode(values, "strategy.matrix." + axis));
    });
    combinations(n, "include", m.include(), m.includeExpression());
    combinations(n, "exclude", m.exclude(), m.excludeExpression());
    return n;
  }

  // An expression for the whole list wins: the validator reports a matrix that has both.
  private void combinations(ObjectNode n, String key, List<Combination> entries, Expr expression) {
    if (expression != null) {
      n.set(key, tree.scalarNode(Scalar.of(expression), "strategy.matrix." + key));
      return;
    }
    if (entries.isEmpty()) return;
    ArrayNode array = n.putArray(key);
    for (Combination c : entries) {
      ObjectNode entry = array.addObject();
      c.values().forEach((k, v) -> {
        tree.name(k, "strategy.matrix." + key);
        entry.set(k, tree.scalarNode(v, "strategy.matrix." + key + "." + k));
      });
      c.rawValues().forEach((k, v) -> {
        tree.name(k, "strategy.matrix." + key);
        entry.set(k, tree.rawNode(v, "strategy.matrix." + key + "." + k));
      });
    }
  }
}
