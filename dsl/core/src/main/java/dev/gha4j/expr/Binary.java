package dev.gha4j.expr;

/** {@code left op right} for GitHub's binary operators. */
public record Binary(Op op, Expr left, Expr right) implements Expr {

  /** Operators with GitHub's precedence: comparison binds tighter than equality, then {@code &&}, {@code ||}. */
  public enum Op {
    OR("||", 10), AND("&&", 20), EQ("==", 30), NE("!=", 30),
    LT("<", 40), LE("<=", 40), GT(">", 40), GE(">=", 40);

    final String symbol;
    final int precedence;

    Op(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public String symbol() { return symbol; }
  }

  @Override
  public String text() {
    // Left-associative: the right operand needs parentheses at equal precedence.
    return wrap(left, op.precedence) + " " + op.symbol + " " + wrap(right, op.precedence + 1);
  }

  @Override
  public int precedence() { return op.precedence; }

  static String wrap(Expr e, int needed) {
    return e.precedence() < needed ? "(" + e.text() + ")" : e.text();
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitBinary(this); }

  @Override
  public String toString() { return embed(); }
}
