package dev.gha4j.expr;

/**
 * One method per kind of expression node: the single way gha4j walks an expression tree. A fold
 * (the paths an expression reads, its value in the simulator, the Java code that builds it) is a
 * visitor; {@link Expr#accept} calls the method for the node's kind.
 *
 * @param <R> what the visit returns
 */
public interface ExprVisitor<R> {
  /**
   * {@code null}, {@code true}, {@code 1.5}, {@code 'text'}.
   *
   * @param literal the literal; its {@link Literal#value()} is null, a String, a Boolean or a Double
   * @return what this fold makes of the node
   */
  R visitLiteral(Literal literal);

  /**
   * {@code github}, {@code needs}, … at the root of a path.
   *
   * @param context the context; its name keeps the case it was written in
   * @return what this fold makes of the node
   */
  R visitContext(ContextRef context);

  /**
   * {@code target.name}, or {@code target.*}.
   *
   * @param property the access; visit {@link Property#target()} to go below it
   * @return what this fold makes of the node
   */
  R visitProperty(Property property);

  /**
   * {@code target[index]}.
   *
   * @param index the access; visit its target and its index to go below it
   * @return what this fold makes of the node
   */
  R visitIndex(Index index);

  /**
   * {@code name(args…)}.
   *
   * @param call the call; visit its {@link Call#args()} to go below it
   * @return what this fold makes of the node
   */
  R visitCall(Call call);

  /**
   * {@code !operand}.
   *
   * @param not the negation; visit {@link Not#operand()} to go below it
   * @return what this fold makes of the node
   */
  R visitNot(Not not);

  /**
   * {@code left op right}.
   *
   * @param binary the operation; visit {@link Binary#left()} and {@link Binary#right()} to go below it
   * @return what this fold makes of the node
   */
  R visitBinary(Binary binary);
}
