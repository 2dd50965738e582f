/**
 * GitHub Actions expressions ({@code ${{ }}}) as typed values: {@link dev.gha4j.expr.Expr} and its
 * node types, the parser GitHub's conformance suite is run against, {@link dev.gha4j.expr.Embedded}
 * for expressions inside text, and {@link dev.gha4j.expr.ExprVisitor} / {@link
 * dev.gha4j.expr.ExprScanner}, the one way to walk an expression (the validator, the policy rules and
 * the simulator all use them). An {@code Expr} stays an {@code Expr} until the emitter writes it.
 */
package dev.gha4j.expr;
