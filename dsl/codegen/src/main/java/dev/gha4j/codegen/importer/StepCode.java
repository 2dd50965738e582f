package dev.gha4j.codegen.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.model.Allowance;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step as Java: a typed binding when one renders it exactly, else {@code Step.uses(...)},
 * {@code Step.named(...).run(...)} or {@code Step.run(...)}, with the script last so that a text
 * block closes the step.
 */
final class StepCode {
  static final ClassName STEP = ClassName.get("dev.gha4j.model", "Step");
  private static final ClassName LOCATION = ClassName.get("dev.gha4j.source", "SourceLocation");

  private final ValueCode values;
  private final Bindings bindings;
  private final BindingCode typed;

  StepCode(ValueCode values, Bindings bindings) {
    this.values = values;
    this.bindings = bindings;
    this.typed = new BindingCode(values);
  }

  CodeBlock step(Step s) {
    Manifest manifest = s.action() == null ? null : bindings.forAction(s.action().repository());
    BindingCode.Typed binding = manifest == null || s.run() != null || s.shell() != null
        || s.workingDirectory() != null ? null : typed.typed(s, manifest);
    List<Link> links = new ArrayList<>();
    CodeBlock start;
    boolean named = false;
    if (binding != null) {
      start = binding.start();
    } else if (s.action() != null) {
      start = manifest != null ? CodeBlock.of("$T.uses($T.REF)", STEP, BindingCode.type(manifest))
          : CodeBlock.of("$T.uses(new $T($S, $S, $S))", STEP, ClassName.get("dev.gha4j.model", "ActionRef"),
              s.action().repository(), s.action().sha(), s.action().version());
    } else if (s.rawUses() != null) {
      start = CodeBlock.of("$T.uses($S)", STEP, s.rawUses());
    } else if (s.name() != null) {
      start = CodeBlock.of("$T.named($L)", STEP, Literals.text(s.name()));
      named = true;
    } else if (s.run() != null) {
      return runOnly(s);
    } else {
      start = CodeBlock.of("new $T.Builder($T.capture())", STEP, LOCATION);
    }
    if (s.name() != null && !named) links.add(Link.of("name($L)", Literals.text(s.name())));
    if (s.id() != null) links.add(Link.of("id($S)", s.id()));
    if (s.condition() != null) links.add(condition(s.condition()));
    if (binding != null) links.addAll(binding.inputs());
    else for (Map.Entry<String, Scalar> e : s.with().entrySet()) {
      links.add(Link.of("with($S, $L)", e.getKey(), values.scalar(e.getValue())));
    }
    common(s, links);
    if (s.run() != null) links.add(Link.of("run($L)", Literals.text(s.run())));
    return Layout.chain(start, links, false, true);
  }

  /** {@code Step.run(script)} with what follows it. */
  private CodeBlock runOnly(Step s) {
    List<Link> links = new ArrayList<>();
    if (s.id() != null) links.add(Link.of("id($S)", s.id()));
    if (s.condition() != null) links.add(condition(s.condition()));
    common(s, links);
    return Layout.chain(CodeBlock.of("$T.run($L)", STEP, Literals.text(s.run())), links, false, true);
  }

  private void common(Step s, List<Link> links) {
    if (s.shell() != null) links.add(Link.of("shell($S)", s.shell()));
    if (s.workingDirectory() != null) links.add(Link.of("workingDirectory($L)", Literals.text(s.workingDirectory())));
    for (Map.Entry<String, String> e : s.env().entrySet()) {
      links.add(Link.of("env($S, $L)", e.getKey(), values.text(e.getValue())));
    }
    if (s.continueOnError() != null) links.add(Link.of("continueOnError($L)", flag(s.continueOnError())));
    if (s.timeoutMinutes() != null) links.add(Link.of("timeoutMinutes($L)", flag(s.timeoutMinutes())));
    s.escapeHatches().forEach((key, raw) -> links.add(Link.commented(
        "TODO: gha4j does not model the step key '" + key + "' yet; it is kept as YAML.",
        CodeBlock.of("escapeHatch($S, $L)", key, ValueCode.raw(raw)))));
    for (Allowance a : s.allowances()) {
      links.add(Link.of("allow($L, $S)", ValueCode.rule(a::ruleId), a.reason()));
    }
  }

  /** A boolean or whole number as a literal, an expression text as an {@code Expr}. */
  CodeBlock flag(Scalar value) {
    return value.value() instanceof String text ? values.expressions().required(text) : values.scalar(value);
  }

  /** {@code when(Expr...)} when the condition reads well as an expression, else {@code when("...")}. */
  Link condition(String condition) {
    CodeBlock expr = values.expressions().condition(condition);
    return expr != null ? Link.of("when($L)", expr) : Link.of("when($L)", Literals.text(condition));
  }
}
