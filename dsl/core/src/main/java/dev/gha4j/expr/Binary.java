package dev.gha4j.expr;

/**
 * {@code left op right} for GitHub's binary operators.
 *
 * @param op    the operator
 * @param left  the left operand
 * @param right the right operand
 */
public record Binary(Op op, Expr left, Expr right) implements Expr {

  /** Operators with GitHub's precedence: comparison binds tighter than equality, then {@code &&}, {@code ||}. */
  public enum Op {
    /** {@code ||}: the first truthy operand, else the last. */
    OR("||", 10),
    /** {@code &&}: the first falsy operand, else the last. */
    AND("&&", 20),
    /** {@code ==}: strings ignoring case, mixed types as numbers. */
    EQ("==", 30),
    /** {@code !=}: the negation of {@code ==}. */
    NE("!=", 30),
    /** {@code <}. */
    LT("<", 40),
    /** {@code <=}. */
    LE("<=", 40),
    /** {@code >}. */
    GT(">", 40),
    /** {@code >=}. */
    GE(">=", 40);

    final String symbol;
    final int precedence;

    Op(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    /** {@return the operator as written in an expression, e.g. {@code &&}} */
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
