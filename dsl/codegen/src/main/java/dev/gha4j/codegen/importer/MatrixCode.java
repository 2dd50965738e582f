package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.model.Combination;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/** {@code strategy:} and its matrix as {@code Matrix.axis(...).and(...).include(...)}. */
final class MatrixCode {
  static final ClassName STRATEGY = ClassName.get("dev.gha4j.model", "Strategy");
  private static final ClassName MATRIX = ClassName.get("dev.gha4j.model", "Matrix");
  private static final ClassName COMBINATION = ClassName.get("dev.gha4j.model", "Combination");

  private final ValueCode values;

  MatrixCode(ValueCode values) {
    this.values = values;
  }

  /** The job call for a strategy: {@code matrix(...)} when the matrix is all there is. */
  Link strategy(Strategy s) {
    if (s.expression() != null) {
      return Link.at(List.of("strategy"), "strategy($T.fromExpression($L))", STRATEGY,
          values.expressions().required(s.expression()));
    }
    if (s.matrix() != null && s.failFast() == null && s.maxParallel() == null) {
      return Link.at(List.of("strategy"), "matrix($L)", matrix(s.matrix()));
    }
    CodeBlock start = s.matrix() == null ? CodeBlock.of("new $T(null, null, null, null)", STRATEGY)
        : CodeBlock.of("$T.matrix($L)", STRATEGY, matrix(s.matrix()));
    List<Link> links = new ArrayList<>();
    if (s.failFast() != null) links.add(Link.of("failFast($L)", values.flag(s.failFast())));
    if (s.maxParallel() != null) links.add(Link.of("maxParallel($L)", values.flag(s.maxParallel())));
    return Link.at(List.of("strategy"), "strategy($L)", Layout.chain(start, links, false, true));
  }

  CodeBlock matrix(Matrix m) {
    if (m.expression() != null) {
      return CodeBlock.of("$T.fromExpression($L)", MATRIX, values.expressions().required(m.expression()));
    }
    // Axes in the order written: GitHub names each matrix job by its values in that order.
    List<CodeBlock> axes = new ArrayList<>();
    for (String name : m.keys()) {
      CodeBlock values = m.axes().containsKey(name) ? axisValues(m.axes().get(name))
          : m.rawAxes().containsKey(name) ? ValueCode.raw(m.rawAxes().get(name))
          : m.axisExpressions().containsKey(name) ? this.values.expressions().required(m.axisExpressions().get(name))
          : null;
      if (values != null) axes.add(CodeBlock.of("$L, $L", string(name), values));
    }
    List<Link> links = new ArrayList<>();
    CodeBlock start = axes.isEmpty() ? null : CodeBlock.of("$T.axis($L)", MATRIX, axes.get(0));
    for (CodeBlock axis : axes.subList(Math.min(1, axes.size()), axes.size())) links.add(Link.of("and($L)", axis));
    List<CodeBlock> include = combinations(m.include());
    if (m.includeExpression() != null) include = List.of(values.expressions().required(m.includeExpression()));
    if (start == null && include.isEmpty()) {
      start = CodeBlock.of("$T.empty()", MATRIX);
    } else if (start == null) {
      start = CodeBlock.of("$T.including$L", MATRIX, Layout.args(include));
      include = List.of();
    }
    if (!include.isEmpty()) links.add(Link.of("include$L", Layout.args(include)));
    List<CodeBlock> exclude = combinations(m.exclude());
    if (m.excludeExpression() != null) exclude = List.of(values.expressions().required(m.excludeExpression()));
    if (!exclude.isEmpty()) links.add(Link.of("exclude$L", Layout.args(exclude)));
    return Layout.chain(start, links, links.size() > 1, true);
  }

  private static CodeBlock axisValues(List<Scalar> list) {
    List<CodeBlock> codes = new ArrayList<>();
    for (Scalar s : list) {
      codes.add(s instanceof Scalar.Number n ? ValueCode.number(n.value()) : string(s.text()));
    }
    if (codes.isEmpty()) return CodeBlock.of("new String[0]");
    return CodeBlock.join(codes, ", ");
  }

  private List<CodeBlock> combinations(List<Combination> entries) {
    List<CodeBlock> codes = new ArrayList<>();
    for (Combination c : entries) codes.add(combination(c));
    return codes;
  }

  private CodeBlock combination(Combination c) {
    List<CodeBlock> pairs = new ArrayList<>();
    for (String key : c.keys()) {
      Scalar value = c.values().get(key);
      pairs.add(CodeBlock.of("$L, $L", string(key),
          value != null ? values.literalScalar(value) : ValueCode.raw(c.rawValues().get(key))));
    }
    List<Link> links = new ArrayList<>();
    for (CodeBlock pair : pairs.subList(1, pairs.size())) links.add(Link.of("and($L)", pair));
    return Layout.chain(CodeBlock.of("$T.of($L)", COMBINATION, pairs.get(0)), links, false, true);
  }
}
