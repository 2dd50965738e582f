package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.List;
import java.util.Map;

/**
 * {@code strategy.matrix}: named axes of values, plus {@code include} and {@code exclude} entries;
 * or one expression producing the whole matrix ({@code fromJSON(...)}). An axis whose values are
 * objects, lists, fractions or of mixed types is given as YAML ({@link #and(String, Raw)}).
 * Immutable; each instance method returns a changed copy.
 *
 * <pre>{@code Matrix.axis("python", "3.11", "3.12").and("os", "ubuntu-latest", "macos-latest")
 *     .exclude(Combination.of("python", "3.11").and("os", "macos-latest"))}</pre>
 *
 * <p>The entry points ({@link #axis}, {@link #including}, {@link #fromExpression}) are static
 * methods of this interface, and Java does not let a static interface method be called through
 * an instance: {@code Matrix.axis("a", "1").axis("b", "2")}, which would silently drop the first
 * axis, does not compile. Further axes are added with {@code and}.
 */
public sealed interface Matrix permits MatrixValue {

  /** An axis of text values. */
  static Matrix axis(String name, String... values) { return MatrixValue.EMPTY.and(name, values); }

  /** An axis of whole numbers. */
  static Matrix axis(String name, long... values) { return MatrixValue.EMPTY.and(name, values); }

  /**
   * An axis whose values GitHub reads from YAML, for values the typed axes cannot hold: objects,
   * lists, fractions, mixed types. {@code Matrix.axis("os", Raw.yaml("[{name: Linux, image: ubuntu-24.04}]"))}
   */
  static Matrix axis(String name, Raw values) { return MatrixValue.EMPTY.and(name, values); }

  /** An axis whose values come from an expression, e.g. {@code fromJSON(inputs.versions)}. */
  static Matrix axis(String name, Expr values) { return MatrixValue.EMPTY.and(name, values); }

  /** A matrix with nothing in it yet, to add to with {@code and}, {@code include} and {@code exclude}. */
  static Matrix empty() { return MatrixValue.EMPTY; }

  /** A matrix made only of {@code include} entries. */
  static Matrix including(Combination... entries) { return MatrixValue.EMPTY.include(entries); }

  /** A matrix whose {@code include:} list is an expression, e.g. {@code fromJSON(needs.plan.outputs.matrix)}. */
  static Matrix including(Expr entries) { return MatrixValue.EMPTY.include(entries); }

  /** {@code matrix: ${{ expression }}}, e.g. {@code Expr.fromJson(job.output("matrix"))}. */
  static Matrix fromExpression(Expr expression) {
    return new MatrixValue(Map.of(), Map.of(), Map.of(), List.of(), null, List.of(), null, expression, List.of());
  }

  /** Another axis of text values. */
  Matrix and(String name, String... values);

  /** Another axis of whole numbers. */
  Matrix and(String name, long... values);

  /** An axis whose values come from an expression, e.g. {@code fromJSON(inputs.versions)}. */
  Matrix and(String name, Expr values);

  /** Another axis given as a YAML list; see {@link #axis(String, Raw)}. */
  Matrix and(String name, Raw values);

  /** More {@code include} entries. */
  Matrix include(Combination... entries);

  /** {@code include: ${{ expression }}}: the entries come from an expression. */
  Matrix include(Expr entries);

  /** More {@code exclude} entries. */
  Matrix exclude(Combination... entries);

  /** {@code exclude: ${{ expression }}}: the entries come from an expression. */
  Matrix exclude(Expr entries);

  /** The axes of typed values, by name, in order. */
  Map<String, List<Scalar>> axes();

  /** The axes whose values come from an expression, by name, in order. */
  Map<String, Expr> axisExpressions();

  /** The axes given as YAML, by name, in order. */
  Map<String, Raw> rawAxes();

  /** The {@code include} entries. */
  List<Combination> include();

  /** {@code include: ${{ }}}, or null. */
  Expr includeExpression();

  /** The {@code exclude} entries. */
  List<Combination> exclude();

  /** {@code exclude: ${{ }}}, or null. */
  Expr excludeExpression();

  /** The expression that is the whole matrix, or null when the matrix has axes. */
  Expr expression();

  /**
   * Names {@code matrix.<name>} may use: the axes of every kind in the order they were added (the
   * order GitHub lists a job's matrix values in its name), then keys {@code include} entries add.
   */
  List<String> keys();
}
