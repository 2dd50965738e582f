package dev.gha4j.expr;

import java.math.BigDecimal;

/**
 * {@code null}, {@code true}/{@code false}, a number, or a {@code 'string'} (quotes doubled).
 *
 * @param value null, a {@link String}, a {@link Boolean} or a {@link Double}
 */
public record Literal(Object value) implements Expr {

  /**
   * Checks the value's type.
   *
   * @param value null, a {@link String}, a {@link Boolean} or a {@link Double}; any other type
   *     throws {@link IllegalArgumentException}
   */
  public Literal {
    if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Double)) {
      throw new IllegalArgumentException("literal must be null, String, Boolean or Double: " + value);
    }
  }

  @Override
  public String text() {
    if (value == null) return "null";
    if (value instanceof String s) return "'" + s.replace("'", "''") + "'";
    if (value instanceof Double d) return formatNumber(d);
    return value.toString();
  }

  static String formatNumber(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitLiteral(this); }

  @Override
  public String toString() { return embed(); }
}
