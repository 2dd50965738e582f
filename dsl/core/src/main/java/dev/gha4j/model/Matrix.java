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

  /**
   * {@return a matrix with one axis of text values}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values one job per value, in this order
   */
  static Matrix axis(String name, String... values) { return MatrixValue.EMPTY.and(name, values); }

  /**
   * {@return a matrix with one axis of whole numbers}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values one job per value, in this order; written as YAML numbers
   */
  static Matrix axis(String name, long... values) { return MatrixValue.EMPTY.and(name, values); }

  /**
   * {@return a matrix with one axis whose values GitHub reads from YAML, for values the typed axes
   * cannot hold: objects, lists, fractions, mixed types}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values a YAML list, e.g. {@code Raw.yaml("[{name: Linux, image: ubuntu-24.04}]")}
   */
  static Matrix axis(String name, Raw values) { return MatrixValue.EMPTY.and(name, values); }

  /**
   * {@return a matrix with one axis whose values come from an expression}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values evaluates to an array, e.g. {@code fromJSON(inputs.versions)}
   */
  static Matrix axis(String name, Expr values) { return MatrixValue.EMPTY.and(name, values); }

  /** {@return a matrix with nothing in it yet, to add to with {@code and}, {@code include} and {@code exclude}} */
  static Matrix empty() { return MatrixValue.EMPTY; }

  /**
   * {@return a matrix made only of {@code include} entries: one job per entry}
   *
   * @param entries the combinations, each giving every key its jobs read
   */
  static Matrix including(Combination... entries) { return MatrixValue.EMPTY.include(entries); }

  /**
   * {@return a matrix whose {@code include:} list is an expression}
   *
   * @param entries evaluates to an array of objects, e.g. {@code fromJSON(needs.plan.outputs.matrix)}
   */
  static Matrix including(Expr entries) { return MatrixValue.EMPTY.include(entries); }

  /**
   * {@return {@code matrix: ${{ expression }}}: the whole matrix from one expression}
   *
   * @param expression evaluates to an object of axes, e.g. {@code Expr.fromJson(job.output("matrix"))}
   */
  static Matrix fromExpression(Expr expression) {
    return new MatrixValue(Map.of(), Map.of(), Map.of(), List.of(), null, List.of(), null, expression, List.of());
  }

  // The instance methods return a changed copy. An axis given again (of the same kind) replaces
  // its values and keeps its place.

  /**
   * {@return this matrix with another axis of text values}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values one job per value and per combination of the other axes
   */
  Matrix and(String name, String... values);

  /**
   * {@return this matrix with another axis of whole numbers}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values one job per value and per combination of the other axes
   */
  Matrix and(String name, long... values);

  /**
   * {@return this matrix with an axis whose values come from an expression}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values evaluates to an array, e.g. {@code fromJSON(inputs.versions)}
   */
  Matrix and(String name, Expr values);

  /**
   * {@return this matrix with another axis given as a YAML list; see {@link #axis(String, Raw)}}
   *
   * @param name   the axis, read as {@code matrix.<name>}
   * @param values a YAML list
   */
  Matrix and(String name, Raw values);

  /**
   * {@return this matrix with more {@code include} entries: GitHub adds an entry's keys to every
   * combination whose original values it does not overwrite; an entry that fits none adds a job}
   *
   * @param entries the entries, appended in order
   */
  Matrix include(Combination... entries);

  /**
   * {@return this matrix with {@code include: ${{ expression }}}, replacing any such expression}
   *
   * @param entries evaluates to an array of objects
   */
  Matrix include(Expr entries);

  /**
   * {@return this matrix with more {@code exclude} entries: each removes the combinations it matches}
   *
   * @param entries the entries, appended in order
   */
  Matrix exclude(Combination... entries);

  /**
   * {@return this matrix with {@code exclude: ${{ expression }}}, replacing any such expression}
   *
   * @param entries evaluates to an array of objects
   */
  Matrix exclude(Expr entries);

  /** {@return the axes of typed values, by name, in order} */
  Map<String, List<Scalar>> axes();

  /** {@return the axes whose values come from an expression, by name, in order} */
  Map<String, Expr> axisExpressions();

  /** {@return the axes given as YAML, by name, in order} */
  Map<String, Raw> rawAxes();

  /** {@return the {@code include} entries, in order} */
  List<Combination> include();

  /** {@return {@code include: ${{ }}}, or null} */
  Expr includeExpression();

  /** {@return the {@code exclude} entries, in order} */
  List<Combination> exclude();

  /** {@return {@code exclude: ${{ }}}, or null} */
  Expr excludeExpression();

  /** {@return the expression that is the whole matrix, or null when the matrix has axes} */
  Expr expression();

  /**
   * {@return the names {@code matrix.<name>} may use: the axes of every kind in the order they were
   * added (the order GitHub lists a job's matrix values in its name), then keys {@code include}
   * entries add}
   */
  List<String> keys();
}
