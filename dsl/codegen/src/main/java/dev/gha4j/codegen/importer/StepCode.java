package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.codegen.Manifest;
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
  private final Pins pins;
  private final Notes notes;

  StepCode(ValueCode values, Bindings bindings, Pins pins, Notes notes) {
    this.values = values;
    this.bindings = bindings;
    this.typed = new BindingCode(values);
    this.pins = pins;
    this.notes = notes;
  }

  /** Code and the comments that go above it. */
  record Placed(CodeBlock code, List<String> comments) {}

  /** The step at {@code path} ({@code [jobs, id, steps, n]}). */
  Placed step(Step s, List<String> path) {
    Manifest manifest = s.action() == null ? null : bindings.forAction(s.action().repository());
    if (manifest != null && !manifest.sha().equals(s.action().sha())) manifest = null;
    BindingCode.Typed binding = manifest == null || s.run() != null || s.shell() != null
        || s.workingDirectory() != null || s.usesComment() != null ? null : typed.typed(s, manifest);
    List<Link> links = new ArrayList<>();
    CodeBlock start;
    boolean named = false;
    boolean scriptInStart = false;
    if (binding != null) {
      start = binding.start();
    } else if (s.action() != null) {
      start = manifest != null ? CodeBlock.of("$T.uses($T.REF)", STEP, BindingCode.type(manifest))
          : CodeBlock.of("$T.uses($L)", STEP, pins.constant(s.action()));
    } else if (s.rawUses() != null) {
      start = CodeBlock.of("$T.uses($L)", STEP, string(s.rawUses()));
    } else if (s.name() != null) {
      start = CodeBlock.of("$T.named($L)", STEP, Literals.text(s.name()));
      named = true;
    } else if (s.run() != null) {
      start = CodeBlock.of("$T.run($L)", STEP, Literals.text(s.run()));
      scriptInStart = true;
    } else {
      start = CodeBlock.of("new $T.Builder($T.capture())", STEP, LOCATION);
    }
    if (s.usesComment() != null) links.add(Link.at(List.of("uses"), "usesComment($L)", string(s.usesComment())));
    if (s.name() != null && !named) links.add(Link.at(List.of("name"), "name($L)", Literals.text(s.name())));
    if (s.id() != null) links.add(Link.at(List.of("id"), "id($L)", string(s.id())));
    if (s.condition() != null) links.add(condition(s.condition()));
    if (binding != null) {
      links.addAll(binding.inputs());
    } else {
      for (Map.Entry<String, Scalar> e : s.with().entrySet()) {
        links.add(Link.at(List.of("with", e.getKey()), "with($L, $L)", string(e.getKey()), values.scalar(e.getValue())));
      }
    }
    common(s, links);
    if (s.run() != null && !scriptInStart) links.add(Link.at(List.of("run"), "run($L)", Literals.text(s.run())));
    List<Link> placed = links.stream().map(l -> l.under(path)).toList();
    List<String> above = notes.place(placed, path);
    return new Placed(Layout.chain(start, placed, false, true), above);
  }

  private void common(Step s, List<Link> links) {
    if (s.shell() != null) links.add(Link.at(List.of("shell"), "shell($L)", string(s.shell())));
    if (s.workingDirectory() != null) {
      links.add(Link.at(List.of("working-directory"), "workingDirectory($L)", Literals.text(s.workingDirectory())));
    }
    for (Map.Entry<String, Scalar> e : s.env().entrySet()) {
      links.add(Link.at(List.of("env", e.getKey()), "env($L, $L)", string(e.getKey()), values.scalar(e.getValue())));
    }
    if (s.continueOnError() != null) {
      links.add(Link.at(List.of("continue-on-error"), "continueOnError($L)", values.flag(s.continueOnError())));
    }
    if (s.timeoutMinutes() != null) {
      links.add(Link.at(List.of("timeout-minutes"), "timeoutMinutes($L)", values.flag(s.timeoutMinutes())));
    }
    s.escapeHatches().forEach((key, raw) -> links.add(escapeHatch("step", key, raw)));
    s.allowances().forEach(a -> links.add(ValueCode.allow(a)));
  }

  /** {@code .escapeHatch(key, Raw.yaml(...))} under a TODO naming the key. */
  static Link escapeHatch(String level, String key, dev.gha4j.model.Raw raw) {
    return Link.at(List.of(key), "escapeHatch($L, $L)", string(key), ValueCode.raw(raw))
        .comment("TODO: gha4j does not model the " + level + " key '" + key + "' yet; it is kept as YAML.");
  }

  /** {@code when(Expr...)} when the condition reads well as an expression, else {@code when("...")}. */
  Link condition(Scalar condition) {
    if (condition instanceof Scalar.Expression e) {
      return Link.at(List.of("if"), "when($L)", values.expressions().required(e.expr()));
    }
    CodeBlock expr = values.expressions().condition(condition.text());
    return expr != null ? Link.at(List.of("if"), "when($L)", expr)
        : Link.at(List.of("if"), "when($L)", Literals.text(condition.text()));
  }
}
