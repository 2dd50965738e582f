package dev.gha4j.expr;

/**
 * The height of an expression tree as GitHub's parser counts it ({@code CheckMaxDepth}): every
 * node is a level, a property name is a level below its target ({@code a.b} is an index with the
 * literal {@code 'b'}), and a chain of {@code &&} (or of {@code ||}) is one node with all its
 * operands as children.
 */
final class ExprDepth implements ExprVisitor<Integer> {
  private static final ExprDepth INSTANCE = new ExprDepth();

  static int of(Expr e) {
    return e.accept(INSTANCE);
  }

  @Override
  public Integer visitLiteral(Literal literal) { return 1; }

  @Override
  public Integer visitContext(ContextRef context) { return 1; }

  @Override
  public Integer visitProperty(Property property) { return 1 + Math.max(property.target().accept(this), 1); }

  @Override
  public Integer visitIndex(Index index) { return 1 + Math.max(index.target().accept(this), index.index().accept(this)); }

  @Override
  public Integer visitCall(Call call) {
    int deepest = 0;
    for (Expr arg : call.args()) deepest = Math.max(deepest, arg.accept(this));
    return 1 + deepest;
  }

  @Override
  public Integer visitNot(Not not) { return 1 + not.operand().accept(this); }

  @Override
  public Integer visitBinary(Binary binary) {
    return 1 + Math.max(operand(binary.op(), binary.left()), operand(binary.op(), binary.right()));
  }

  // An && below an && (or || below ||) is flattened into its parent: its operands count, not it.
  private int operand(Binary.Op op, Expr e) {
    boolean chain = op == Binary.Op.AND || op == Binary.Op.OR;
    if (chain && e instanceof Binary b && b.op() == op) return Math.max(operand(op, b.left()), operand(op, b.right()));
    return e.accept(this);
  }
}
