package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.model.Raw;
import dev.gha4j.model.RuleRef;
import dev.gha4j.model.Scalar;

/** Java for the model's values: text (or an expression), scalars, YAML fragments, policy rules. */
final class ValueCode {
  static final ClassName RAW = ClassName.get("dev.gha4j.model", "Raw");
  private static final ClassName RULE = ClassName.get(dev.gha4j.policy.Rule.class);

  private final ExprCode expressions;

  ValueCode(ExprCode expressions) {
    this.expressions = expressions;
  }

  ExprCode expressions() {
    return expressions;
  }

  /** A value that is one whole expression as builder code, anything else as a literal. */
  CodeBlock text(String value) {
    CodeBlock expr = value == null ? null : expressions.value(value);
    return expr != null ? expr : Literals.text(value);
  }

  /** A {@code with:}, {@code env:} or output value: boolean, whole number, expression or text. */
  CodeBlock scalar(Scalar value) {
    if (value instanceof Scalar.Expression e) return expressions.required(e.expr());
    if (value instanceof Scalar.Text t) return text(t.value());
    return literalScalar(value);
  }

  /** A value that must be an expression (a secret passed on, an expression-valued flag). */
  CodeBlock expression(Scalar value) {
    if (value instanceof Scalar.Expression e) return expressions.required(e.expr());
    return expressions.required(value.text());
  }

  /** A boolean or whole number as a literal, an expression as an {@code Expr}. */
  CodeBlock flag(Scalar value) {
    return value instanceof Scalar.Bool || value instanceof Scalar.Number ? literalScalar(value) : expression(value);
  }

  /** A scalar where only literals are accepted (input defaults): never an {@code Expr}. */
  CodeBlock literalScalar(Scalar value) {
    if (value instanceof Scalar.Bool b) return CodeBlock.of("$L", b.value());
    if (value instanceof Scalar.Number n) return number(n.value());
    return Literals.text(value.text());
  }

  static CodeBlock number(long value) {
    boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    return CodeBlock.of(fitsInt ? "$L" : "$LL", value);
  }

  /** {@code Raw.yaml("...")}; YAML of several lines as a text block. */
  static CodeBlock raw(Raw raw) {
    return CodeBlock.of("$T.yaml($L)", RAW, Literals.text(raw.yaml()));
  }

  /** {@code allow(rule, "reason")} for one suppression. */
  static Link allow(dev.gha4j.model.Allowance a) {
    return Link.of("allow($L, $L)", rule(a::ruleId), string(a.reason()));
  }

  /** The policy rule with this id: its {@code Rule} constant, or a rule reference by id for an unknown one. */
  static CodeBlock rule(RuleRef rule) {
    String constant = PolicyRules.constantFor(rule.id());
    return constant != null ? CodeBlock.of("$T.$L", RULE, constant) : CodeBlock.of("() -> $L", string(rule.id()));
  }
}
