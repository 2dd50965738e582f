package dev.gha4j.emit;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Scalar;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code strategy.matrix}: axes in the order they were added, then {@code include}, then {@code exclude}. */
final class MatrixTree {
  private final WorkflowTree tree;

  MatrixTree(WorkflowTree tree) {
    this.tree = tree;
  }

  JsonNode matrix(Matrix m) {
    if (m.expression() != null) return tree.scalarNode(Scalar.of(m.expression()), "strategy.matrix");
    ObjectNode n = WorkflowTree.NODES.objectNode();
    for (String axis : m.keys()) {
      String path = "strategy.matrix." + axis;
      if (m.axes().containsKey(axis)) {
        tree.name(axis, "strategy.matrix");
        ArrayNode array = n.putArray(axis);
        for (Scalar v : m.axes().get(axis)) array.add(tree.scalarNode(v, path));
      } else if (m.axisExpressions().containsKey(axis)) {
        tree.name(axis, "strategy.matrix");
        n.set(axis, tree.scalarNode(Scalar.of(m.axisExpressions().get(axis)), path));
      } else if (m.rawAxes().containsKey(axis)) {
        tree.name(axis, "strategy.matrix");
        n.set(axis, tree.rawNode(m.rawAxes().get(axis), path));
      }
    }
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
      for (String k : c.keys()) {
        tree.name(k, "strategy.matrix." + key);
        String path = "strategy.matrix." + key + "." + k;
        Scalar value = c.values().get(k);
        entry.set(k, value != null ? tree.scalarNode(value, path) : tree.rawNode(c.rawValues().get(k), path));
      }
    }
  }
}
