package dev.gha4j.expr;

/**
 * {@code !operand}.
 *
 * @param operand the expression negated; GitHub negates its truthiness
 */
public record Not(Expr operand) implements Expr {

  static final int PRECEDENCE = 50;

  @Override
  public String text() { return "!" + Binary.wrap(operand, PRECEDENCE); }

  @Override
  public int precedence() { return PRECEDENCE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitNot(this); }

  @Override
  public String toString() { return embed(); }
}
