package dev.gha4j.expr;

/**
 * {@code target[index]}.
 *
 * @param target the object or array indexed
 * @param index  the key or position
 */
public record Index(Expr target, Expr index) implements Expr {

  @Override
  public String text() { return Binary.wrap(target, precedence()) + "[" + index.text() + "]"; }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitIndex(this); }

  @Override
  public String toString() { return embed(); }
}
