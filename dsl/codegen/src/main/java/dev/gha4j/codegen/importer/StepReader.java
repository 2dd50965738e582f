package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.model.ActionRef;
import dev.gha4j.model.Step;
import dev.gha4j.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One step; keys the model lacks go through the escape hatch. */
final class StepReader {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?");

  private final Bindings bindings;

  StepReader(Bindings bindings) {
    this.bindings = bindings;
  }

  /** The step; {@code usesComment} is the comment on its {@code uses:} line, or null. */
  Step read(Node node, List<Comments.Allowance> allowances, String usesComment) {
    Map<String, Node> keys = node.entries();
    Step.Builder step = start(keys, usesComment);
    allowances.forEach(a -> step.allow(a.rule(), a.reason()));
    for (Map.Entry<String, Node> e : keys.entrySet()) {
      Node value = e.getValue();
      switch (e.getKey()) {
        case "id" -> step.id(value.text());
        case "name" -> step.name(value.text());
        case "if" -> step.when(Values.condition(value));
        case "uses", "run" -> { }
        case "with" -> value.entries().forEach((input, v) -> with(step, input, v));
        case "shell" -> step.shell(value.text());
        case "working-directory" -> step.workingDirectory(value.text());
        case "env" -> value.entries().forEach((variable, v) -> step.env(variable, Values.envText(v)));
        case "continue-on-error" -> {
          if (value.value().isBoolean()) step.continueOnError(value.bool());
          else step.continueOnError(Expressions.required(value));
        }
        case "timeout-minutes" -> {
          if (value.isWhole()) step.timeoutMinutes(value.value().intValue());
          else step.timeoutMinutes(Expressions.required(value));
        }
        default -> step.escapeHatch(e.getKey(), Values.raw(value));
      }
    }
    return step.build();
  }

  private Step.Builder start(Map<String, Node> keys, String usesComment) {
    Node uses = keys.get("uses");
    Node run = keys.get("run");
    Step.Builder step;
    if (uses != null) {
      step = uses(uses.text(), usesComment);
      if (run != null) step.run(run.text());
    } else if (run != null) {
      step = Step.run(run.text());
    } else {
      step = new Step.Builder(SourceLocation.UNKNOWN);
    }
    return step;
  }

  /**
   * An {@link ActionRef} when a manifest pins exactly this commit (with the manifest's version), or
   * when the ref is a commit SHA whose comment names a version ({@code uses: actions/checkout@<sha>
   * # v6.0.2}); otherwise the text as written. The comment's other text stays on the step.
   */
  private Step.Builder uses(String reference, String comment) {
    UsesComment parts = UsesComment.of(comment == null ? "" : comment);
    Step.Builder step = pinned(reference, parts);
    String rest = step.toStep().action() == null && parts.version() != null ? UsesComment.trimmed(comment) : parts.rest();
    return rest == null ? step : step.usesComment(rest);
  }

  private Step.Builder pinned(String reference, UsesComment comment) {
    int at = reference.lastIndexOf('@');
    if (at > 0 && !reference.startsWith("docker://") && !reference.startsWith("./")) {
      String action = reference.substring(0, at);
      String ref = reference.substring(at + 1);
      Manifest m = bindings.pinned(action, ref);
      if (m != null) return Step.uses(new ActionRef(m.action(), m.sha(), m.version()));
      if (comment.version() != null && SHA.matcher(ref).matches() && ACTION.matcher(action).matches()) {
        return Step.uses(new ActionRef(action, ref, comment.version()));
      }
    }
    return Step.uses(reference);
  }

  private static void with(Step.Builder step, String input, Node value) {
    if (value.value().isBoolean()) step.with(input, value.bool());
    else if (value.isWhole()) step.with(input, value.value().longValue());
    else step.with(input, Values.withText(value));
  }
}
