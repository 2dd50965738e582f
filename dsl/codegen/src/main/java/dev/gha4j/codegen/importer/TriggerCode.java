package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.EventTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.ScheduleTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.WorkflowRunTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Triggers as {@code Trigger.push().branches("main")} and friends. */
final class TriggerCode {
  private static final ClassName TRIGGER = ClassName.get("dev.gha4j.model", "Trigger");
  private static final ClassName INPUT = ClassName.get("dev.gha4j.model", "Input");

  private final ValueCode values;

  TriggerCode(ValueCode values) {
    this.values = values;
  }

  CodeBlock trigger(Trigger t) {
    if (t instanceof RefTrigger r) return ref(r);
    if (t instanceof ScheduleTrigger s) return CodeBlock.of("$T.schedule($L)", TRIGGER, strings(s.crons()));
    if (t instanceof DispatchTrigger d) {
      List<Link> links = new ArrayList<>();
      for (Input i : d.inputs()) links.add(Link.of("input($L)", input(i)));
      return Layout.chain(CodeBlock.of("$T.workflowDispatch()", TRIGGER), links, false, true);
    }
    if (t instanceof CallTrigger c) return call(c);
    if (t instanceof WorkflowRunTrigger w) {
      List<Link> links = new ArrayList<>();
      filter(links, "types", w.types());
      filter(links, "branches", w.branches());
      filter(links, "branchesIgnore", w.branchesIgnore());
      return Layout.chain(CodeBlock.of("$T.workflowRun($L)", TRIGGER, strings(w.workflows())), links, false, true);
    }
    EventTrigger e = (EventTrigger) t;
    if (e.event().equals("release")) return CodeBlock.of("$T.release($L)", TRIGGER, strings(e.types()));
    CodeBlock start = e.event().equals("merge_group") ? CodeBlock.of("$T.mergeGroup()", TRIGGER)
        : CodeBlock.of("$T.event($L)", TRIGGER, string(e.event()));
    List<Link> links = new ArrayList<>();
    filter(links, "types", e.types());
    return Layout.chain(start, links, false, true);
  }

  private CodeBlock ref(RefTrigger r) {
    String factory = switch (r.event()) {
      case "push" -> "push";
      case "pull_request" -> "pullRequest";
      default -> "pullRequestTarget";
    };
    List<Link> links = new ArrayList<>();
    filter(links, "branches", r.branches());
    filter(links, "branchesIgnore", r.branchesIgnore());
    filter(links, "tags", r.tags());
    filter(links, "tagsIgnore", r.tagsIgnore());
    filter(links, "paths", r.paths());
    filter(links, "pathsIgnore", r.pathsIgnore());
    filter(links, "types", r.types());
    return Layout.chain(CodeBlock.of("$T.$L()", TRIGGER, factory), links, false, true);
  }

  private CodeBlock call(CallTrigger c) {
    List<Link> links = new ArrayList<>();
    for (Input i : c.inputs()) links.add(Link.of("input($L)", input(i)));
    for (CallTrigger.Output o : c.outputs()) {
      links.add(Link.of("output($L, $L, $L)", string(o.name()), Literals.text(o.description()), values.scalar(o.value())));
    }
    for (CallTrigger.Secret s : c.secrets()) {
      links.add(Link.of("secret($L, $L, $L)", string(s.name()), Literals.text(s.description()), s.required()));
    }
    return Layout.chain(CodeBlock.of("$T.workflowCall()", TRIGGER), links, false, true);
  }

  private CodeBlock input(Input i) {
    String factory = switch (i.type()) {
      case STRING -> "string";
      case BOOLEAN -> "bool";
      default -> i.type().name().toLowerCase(Locale.ROOT);
    };
    CodeBlock start = i.type() == Input.Type.CHOICE
        ? CodeBlock.of("$T.choice($L, $L)", INPUT, string(i.name()), strings(i.options()))
        : CodeBlock.of("$T.$L($L)", INPUT, factory, string(i.name()));
    List<Link> links = new ArrayList<>();
    if (i.description() != null) links.add(Link.of("description($L)", Literals.text(i.description())));
    if (i.isRequired()) links.add(Link.of("required()"));
    if (i.defaultValue() != null) links.add(Link.of("defaultValue($L)", values.literalScalar(i.defaultValue())));
    return Layout.chain(start, links, false, true);
  }

  private static void filter(List<Link> links, String method, List<String> patterns) {
    if (!patterns.isEmpty()) links.add(Link.of("$L($L)", method, strings(patterns)));
  }

  static CodeBlock strings(List<String> values) {
    List<CodeBlock> codes = new ArrayList<>();
    for (String v : values) codes.add(string(v));
    return CodeBlock.join(codes, ", ");
  }
}
