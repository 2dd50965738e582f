package dev.gha4j.emit;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.EventTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.ScheduleTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.WorkflowRunTrigger;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code on:} mapping; an event without configuration is written as {@code event: {}}. */
final class TriggerTree {
  private final WorkflowTree tree;

  TriggerTree(WorkflowTree tree) {
    this.tree = tree;
  }

  ObjectNode on(List<Trigger> triggers) {
    ObjectNode on = WorkflowTree.NODES.objectNode();
    for (Trigger t : triggers) {
      tree.at(t.location());
      if (t instanceof ScheduleTrigger s) on.set(t.event(), scheduleList(tree, s));
      else on.set(t.event(), trigger(t));
    }
    return on;
  }

  private ObjectNode trigger(Trigger t) {
    ObjectNode n = WorkflowTree.NODES.objectNode();
    if (t instanceof RefTrigger r) {
      lists(n, "branches", r.branches());
      lists(n, "branches-ignore", r.branchesIgnore());
      lists(n, "tags", r.tags());
      lists(n, "tags-ignore", r.tagsIgnore());
      lists(n, "paths", r.paths());
      lists(n, "paths-ignore", r.pathsIgnore());
      lists(n, "types", r.types());
    } else if (t instanceof DispatchTrigger d) {
      inputs(n, d.inputs());
    } else if (t instanceof CallTrigger c) {
      call(n, c);
    } else if (t instanceof WorkflowRunTrigger w) {
      lists(n, "workflows", w.workflows());
      lists(n, "types", w.types());
      lists(n, "branches", w.branches());
      lists(n, "branches-ignore", w.branchesIgnore());
    } else if (t instanceof EventTrigger e) {
      lists(n, "types", e.types());
    }
    return n;
  }

  private void call(ObjectNode n, CallTrigger c) {
    inputs(n, c.inputs());
    if (!c.outputs().isEmpty()) {
      ObjectNode outputs = n.putObject("outputs");
      for (CallTrigger.Output o : c.outputs()) {
        tree.name(o.name(), "on.workflow_call.outputs");
        ObjectNode out = outputs.putObject(o.name());
        tree.text(out, "description", o.description());
        tree.scalar(out, "value", o.value());
      }
    }
    if (!c.secrets().isEmpty()) {
      ObjectNode secrets = n.putObject("secrets");
      for (CallTrigger.Secret s : c.secrets()) {
        tree.name(s.name(), "on.workflow_call.secrets");
        ObjectNode secret = secrets.putObject(s.name());
        tree.text(secret, "description", s.description());
        secret.put("required", s.required());
      }
    }
  }

  private void inputs(ObjectNode n, List<Input> inputs) {
    if (inputs.isEmpty()) return;
    ObjectNode all = n.putObject("inputs");
    for (Input input : inputs) {
      ObjectNode i = all.putObject(input.name());
      tree.text(i, "description", input.description());
      if (input.isRequired()) i.put("required", true);
      tree.scalar(i, "default", input.defaultValue());
      i.put("type", input.type().wire());
      if (!input.options().isEmpty()) tree.list(i, "options", input.options());
    }
  }

  private void lists(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) tree.list(n, key, values);
  }

  /** {@code schedule: [{cron: ...}, ...]}. */
  static ArrayNode scheduleList(WorkflowTree tree, ScheduleTrigger s) {
    ArrayNode crons = WorkflowTree.NODES.arrayNode();
    for (String cron : s.crons()) {
      ObjectNode entry = crons.addObject();
      tree.text(entry, "cron", cron);
    }
    return crons;
  }
}
