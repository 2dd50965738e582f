package dev.gha4j.validate;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.expr.Embedded;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Raw;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code strategy}: what actionlint's {@code matrix} rule and its syntax check report: an axis
 * without values, a value twice in one axis, an {@code exclude} entry naming a key the matrix does
 * not have or a value none of its combinations has, and {@code max-parallel} below 1.
 */
final class MatrixChecks {
  private MatrixChecks() {}

  static void check(Job job, Findings found) {
    Strategy s = job.strategy();
    if (s == null) return;
    if (s.maxParallel() instanceof Scalar.Number n && n.value() < 1) {
      found.add(Check.MATRIX_ENTRIES, job.location(), "strategy.max-parallel is " + n.value()
          + ", so no combination would ever run; fix: .maxParallel(1) or more, or leave it out");
    }
    Matrix m = s.matrix();
    if (m == null || m.expression() != null) return;
    Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
    m.axes().forEach((axis, values) -> rows.put(axis, values.stream().map(MatrixChecks::node).toList()));
    m.rawAxes().forEach((axis, raw) -> {
      JsonNode values = parse(raw);
      if (values != null && values.isArray()) {
        List<JsonNode> list = new ArrayList<>();
        values.forEach(list::add);
        rows.put(axis, list);
      }
    });
    rows.forEach((axis, values) -> row(job, axis, values, found));
    if (m.exclude().isEmpty() || m.includeExpression() != null) return;
    for (Combination c : m.include()) {
      c.values().forEach((k, v) -> addValue(rows, k, node(v), m));
      c.rawValues().forEach((k, v) -> addValue(rows, k, parse(v), m));
    }
    if (rows.isEmpty() && m.axisExpressions().isEmpty()) {
      found.add(Check.MATRIX_ENTRIES, job.location(), "strategy.matrix.exclude removes combinations of a matrix"
          + " that has none; fix: add axes, or remove the exclude");
      return;
    }
    for (Combination c : m.exclude()) {
      c.values().forEach((k, v) -> excluded(job, m, rows, k, node(v), found));
      c.rawValues().forEach((k, v) -> excluded(job, m, rows, k, parse(v), found));
    }
  }

  private static void row(Job job, String axis, List<JsonNode> values, Findings found) {
    if (values.isEmpty()) {
      found.add(Check.EMPTY_SECTION, job.location(), "strategy.matrix." + axis + " has no values, so the job never"
          + " runs; fix: give the axis values, or remove it");
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (values.get(i).equals(values.get(j))) {
          found.add(Check.MATRIX_ENTRIES, job.location(), "strategy.matrix." + axis + " has the value "
              + values.get(i) + " twice, so each of its combinations runs twice; fix: remove one");
        }
      }
    }
  }

  private static void addValue(Map<String, List<JsonNode>> rows, String key, JsonNode value, Matrix m) {
    if (value == null || m.axisExpressions().containsKey(key)) return;
    key = sameKey(rows, key);
    List<JsonNode> row = rows.computeIfAbsent(key, k -> new ArrayList<>());
    if (!row.contains(value)) {
      List<JsonNode> more = new ArrayList<>(row);
      more.add(value);
      rows.put(key, more);
    }
  }

  private static void excluded(Job job, Matrix m, Map<String, List<JsonNode>> rows, String key, JsonNode value,
      Findings found) {
    if (m.axisExpressions().containsKey(key) || value == null) return;
    List<JsonNode> row = rows.get(sameKey(rows, key));
    if (row == null) {
      found.add(Check.MATRIX_ENTRIES, job.location(), "strategy.matrix.exclude names '" + key + "', which the matrix"
          + " does not have (it has: " + String.join(", ", rows.keySet()) + "); fix: use one of those keys");
      return;
    }
    for (JsonNode v : row) if (subset(v, value)) return;
    found.add(Check.MATRIX_ENTRIES, job.location(), "strategy.matrix.exclude removes " + key + ": " + value
        + ", which no combination has (values: " + row + "); fix: use one of those values");
  }

  // GitHub and actionlint compare matrix keys without case: include's "os" adds to the axis "OS".
  private static String sameKey(Map<String, ?> rows, String key) {
    String same = Names.find(rows.keySet(), key);
    return same == null ? key : same;
  }

  // actionlint's isYAMLValueSubset: objects by their given properties, text with ${{ }} matches anything.
  private static boolean subset(JsonNode v, JsonNode sub) {
    if (sub.isString() && Embedded.hasExpression(sub.stringValue())) return true;
    if (v.isObject()) {
      if (!sub.isObject()) return false;
      for (Map.Entry<String, JsonNode> e : sub.properties()) {
        JsonNode mine = v.get(e.getKey());
        if (mine == null || !subset(mine, e.getValue())) return false;
      }
      return true;
    }
    if (v.isArray()) {
      if (!sub.isArray() || v.size() != sub.size()) return false;
      for (int i = 0; i < v.size(); i++) if (!subset(v.get(i), sub.get(i))) return false;
      return true;
    }
    if (v.isString() && Embedded.hasExpression(v.stringValue())) return true;
    return text(v).equals(text(sub)) && !sub.isContainer();
  }

  private static String text(JsonNode n) {
    return n.isString() ? n.stringValue() : n.toString();
  }

  private static JsonNode node(Scalar s) {
    if (s instanceof Scalar.Bool b) return JsonNodeFactory.instance.booleanNode(b.value());
    if (s instanceof Scalar.Number n) return JsonNodeFactory.instance.numberNode(n.value());
    return JsonNodeFactory.instance.stringNode(s.text());
  }

  private static JsonNode parse(Raw raw) {
    try {
      return WorkflowYaml.parse(raw.yaml());
    } catch (JacksonException e) {
      return null; // reported as an escape hatch that is not YAML
    }
  }
}
