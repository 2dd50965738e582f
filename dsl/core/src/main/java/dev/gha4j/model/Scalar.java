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

  /** The value as GitHub sees it: the text, {@code true}, {@code 42}, or {@code ${{ expr }}}. */
  String text();

  /** Text, possibly embedding {@code ${{ }}}. */
  static Scalar of(String text) { return new Text(text); }

  /** A boolean. */
  static Scalar of(boolean value) { return new Bool(value); }

  /** A whole number. */
  static Scalar of(long value) { return new Number(value); }

  /** An expression, written as {@code ${{ expr }}}. */
  static Scalar of(Expr expr) { return new Expression(expr); }

  /**
   * Text, possibly embedding {@code ${{ }}}.
   *
   * @param value the text as written
   */
  record Text(String value) implements Scalar {
    /** Rejects null: an absent value is no Scalar at all. */
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
    /** Rejects null. */
    public Expression {
      Objects.requireNonNull(expr, "expr");
    }

    @Override
    public String text() { return expr.embed(); }
  }
}
