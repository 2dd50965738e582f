package dev.gha4j.expr;

/**
 * One method per kind of expression node: the single way gha4j walks an expression tree. A fold
 * (the paths an expression reads, its value in the simulator, the Java code that builds it) is a
 * visitor; {@link Expr#accept} calls the method for the node's kind.
 *
 * @param <R> what the visit returns
 */
public interface ExprVisitor<R> {
  /** {@code null}, {@code true}, {@code 1.5}, {@code 'text'}. */
  R visitLiteral(Literal literal);

  /** {@code github}, {@code needs}, … at the root of a path. */
  R visitContext(ContextRef context);

  /** {@code target.name}, or {@code target.*}. */
  R visitProperty(Property property);

  /** {@code target[index]}. */
  R visitIndex(Index index);

  /** {@code name(args…)}. */
  R visitCall(Call call);

  /** {@code !operand}. */
  R visitNot(Not not);

  /** {@code left op right}. */
  R visitBinary(Binary binary);
}
