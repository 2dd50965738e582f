package dev.gha4j.codegen.importer;

import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprSyntaxException;
import java.util.List;

/** Text that is exactly one {@code ${{ }}} expression, for the model's places that take an {@code Expr}. */
final class Expressions {
  private Expressions() {}

  /**
   * The expression when {@code text} is one whole {@code ${{ … }}}, else null. A blank around it
   * counts: GitHub then reads the value as text ({@code format('{0} ', ...)}).
   */
  static Expr whole(String text) {
    String trimmed = text;
    if (!trimmed.startsWith("${{") || !trimmed.endsWith("}}")) return null;
    List<Embedded.Occurrence> found = Embedded.find(trimmed);
    if (found.size() != 1 || !found.get(0).closed()) return null;
    Embedded.Occurrence only = found.get(0);
    // The occurrence must end where the text ends: "${{ a }} and ${{ b }}" is not one expression.
    if (trimmed.indexOf("}}", only.offset() + only.source().length()) != trimmed.length() - 2) return null;
    try {
      return Expr.parse(only.source());
    } catch (ExprSyntaxException e) {
      return null;
    }
  }

  /** Like {@link #whole}, but fails naming {@code node}'s path when the text is not one expression. */
  static Expr required(Node node) {
    Expr e = whole(node.text());
    if (e == null) throw node.fail("expected a ${{ }} expression, found '" + node.text() + "'");
    return e;
  }
}
