package dev.gha4j.expr;

/**
 * A visitor that visits every child of every node and returns nothing: extend it and override the
 * kinds of node a scan cares about, calling {@code super} to go on below them.
 */
public abstract class ExprScanner implements ExprVisitor<Void> {

  /**
   * Visits {@code e} and everything below it.
   *
   * @param e the expression to walk
   */
  public final void scan(Expr e) {
    e.accept(this);
  }

  @Override
  public Void visitLiteral(Literal literal) {
    return null;
  }

  @Override
  public Void visitContext(ContextRef context) {
    return null;
  }

  @Override
  public Void visitProperty(Property property) {
    return property.target().accept(this);
  }

  @Override
  public Void visitIndex(Index index) {
    index.target().accept(this);
    return index.index().accept(this);
  }

  @Override
  public Void visitCall(Call call) {
    for (Expr arg : call.args()) arg.accept(this);
    return null;
  }

  @Override
  public Void visitNot(Not not) {
    return not.operand().accept(this);
  }

  @Override
  public Void visitBinary(Binary binary) {
    binary.left().accept(this);
    return binary.right().accept(this);
  }
}
