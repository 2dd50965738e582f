package dev.gha4j.expr;

/** {@code target[index]}. */
public record Index(Expr target, Expr index) implements Expr {

  @Override
  public String text() { return Binary.wrap(target, precedence()) + "[" + index.text() + "]"; }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public String toString() { return embed(); }
}
