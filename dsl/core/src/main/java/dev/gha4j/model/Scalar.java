package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/**
 * A value of a {@code with:} input or an output: text (which may embed {@code ${{ }}}), a boolean
 * or a number. Keeping the type lets the YAML say {@code fetch-depth: 0} rather than {@code "0"}.
 */
public record Scalar(Object value) {
  public Scalar {
    if (!(value instanceof String || value instanceof Boolean || value instanceof Long)) {
      throw new IllegalArgumentException("scalar must be String, Boolean or Long: " + value);
    }
  }

  public static Scalar of(String text) { return new Scalar(text); }
  public static Scalar of(boolean value) { return new Scalar(value); }
  public static Scalar of(long value) { return new Scalar(value); }
  public static Scalar of(Expr value) { return new Scalar(value.embed()); }

  /** The text GitHub sees (inputs arrive as strings in the action). */
  public String text() { return value.toString(); }
}
