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
  /**
   * {@return a strategy with this matrix and GitHub's defaults for the rest}
   *
   * @param matrix the job runs once per combination
   */
  public static Strategy matrix(Matrix matrix) { return new Strategy(matrix, null, null, null); }

  /**
   * {@return {@code strategy: ${{ expression }}}: the whole strategy from one expression}
   *
   * @param expression evaluates to an object with {@code matrix} and the rest, e.g. {@code fromJSON(inputs.strategy)}
   */
  public static Strategy fromExpression(Expr expression) { return new Strategy(null, null, null, expression); }

  /**
   * {@return this strategy with {@code fail-fast:}}
   *
   * @param value true (GitHub's default) cancels the other matrix jobs when one fails
   */
  public Strategy failFast(boolean value) { return new Strategy(matrix, Scalar.of(value), maxParallel, expression); }

  /**
   * {@return this strategy with {@code fail-fast:} from an expression}
   *
   * @param value evaluates to true or false, e.g. {@code github.event_name == 'pull_request'}
   */
  public Strategy failFast(Expr value) { return new Strategy(matrix, Scalar.of(value), maxParallel, expression); }

  /**
   * {@return this strategy with {@code max-parallel:}}
   *
   * @param value how many matrix jobs run at once; without it GitHub runs as many as runners allow
   */
  public Strategy maxParallel(int value) { return new Strategy(matrix, failFast, Scalar.of(value), expression); }

  /**
   * {@return this strategy with {@code max-parallel:} from an expression}
   *
   * @param value evaluates to a whole number
   */
  public Strategy maxParallel(Expr value) { return new Strategy(matrix, failFast, Scalar.of(value), expression); }
}
