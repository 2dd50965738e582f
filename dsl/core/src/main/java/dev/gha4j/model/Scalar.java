package dev.gha4j.model;

import dev.gha4j.expr.Expr;
import java.util.Objects;

/**
 * One value of a workflow key: text (which may embed {@code ${{ }}}), a boolean, a whole number,
 * or an expression. An expression given as an {@link Expr} stays one until the emitter writes
 * it, so the validator and the policy rules read its tree instead of parsing text again; the
 * other kinds keep their type so the YAML says {@code fetch-depth: 0} rather than {@code "0"}.
 */
public sealed interface Scalar permits Scalar.Text, Scalar.Bool, Scalar.Number, Scalar.Expression {

  /** {@return the value as GitHub sees it: the text, {@code true}, {@code 42}, or {@code ${{ expr }}}} */
  String text();

  /**
   * {@return text, written as a YAML string}
   *
   * @param text the text, possibly embedding {@code ${{ }}}; not null
   */
  static Scalar of(String text) { return new Text(text); }

  /**
   * {@return a boolean, written as YAML {@code true} or {@code false}}
   *
   * @param value the boolean
   */
  static Scalar of(boolean value) { return new Bool(value); }

  /**
   * {@return a whole number, written as a YAML number}
   *
   * @param value the number
   */
  static Scalar of(long value) { return new Number(value); }

  /**
   * {@return an expression, written as {@code ${{ expr }}}}
   *
   * @param expr the expression tree; not null
   */
  static Scalar of(Expr expr) { return new Expression(expr); }

  /**
   * Text, possibly embedding {@code ${{ }}}.
   *
   * @param value the text as written
   */
  record Text(String value) implements Scalar {
    /**
     * Rejects null: an absent value is no Scalar at all.
     *
     * @param value the text as written; not null
     */
    public Text {
      Objects.requireNonNull(value, "text");
    }

    @Override
    public String text() { return value; }
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements Scalar {
    @Override
    public String text() { return Boolean.toString(value); }
  }

  /**
   * A whole number.
   *
   * @param value the number
   */
  record Number(long value) implements Scalar {
    @Override
    public String text() { return Long.toString(value); }
  }

  /**
   * An expression given as a typed tree.
   *
   * @param expr the expression
   */
  record Expression(Expr expr) implements Scalar {
    /**
     * Rejects null.
     *
     * @param expr the expression; not null
     */
    public Expression {
      Objects.requireNonNull(expr, "expr");
    }

    @Override
    public String text() { return expr.embed(); }
  }
}
