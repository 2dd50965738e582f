package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/**
 * {@code strategy:} a matrix, whether one failure cancels the rest, and how many run at once; each
 * may be an expression ({@code fail-fast: ${{ github.event_name == 'pull_request' }}}), and so may
 * the whole strategy ({@link #fromExpression}). Immutable; each method returns a changed copy.
 *
 * @param matrix      {@code matrix:}, or null
 * @param failFast    {@code fail-fast:} a boolean or an expression, or null
 * @param maxParallel {@code max-parallel:} a whole number or an expression, or null
 * @param expression  the expression that is the whole strategy, or null
 */
public record Strategy(Matrix matrix, Scalar failFast, Scalar maxParallel, Expr expression) {
  /** A strategy with this matrix. */
  public static Strategy matrix(Matrix matrix) { return new Strategy(matrix, null, null, null); }

  /** {@code strategy: ${{ expression }}}, e.g. {@code fromJSON(inputs.strategy)}. */
  public static Strategy fromExpression(Expr expression) { return new Strategy(null, null, null, expression); }

  /** {@code fail-fast:}; GitHub's default is true. */
  public Strategy failFast(boolean value) { return new Strategy(matrix, Scalar.of(value), maxParallel, expression); }

  /** {@code fail-fast:} from an expression. */
  public Strategy failFast(Expr value) { return new Strategy(matrix, Scalar.of(value), maxParallel, expression); }

  /** {@code max-parallel:}. */
  public Strategy maxParallel(int value) { return new Strategy(matrix, failFast, Scalar.of(value), expression); }

  /** {@code max-parallel:} from an expression. */
  public Strategy maxParallel(Expr value) { return new Strategy(matrix, failFast, Scalar.of(value), expression); }
}
