package dev.gha4j.codegen.importer;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.EventTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.WorkflowRunTrigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code on:} in any of its three forms (one event, a list of events, a mapping) to triggers. */
final class TriggerReader {
  private static final Set<String> REF_KEYS =
      Set.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "types");
  private static final Set<String> INPUT_KEYS = Set.of("description", "required", "default", "type", "options");

  private TriggerReader() {}

  static List<Trigger> read(Node on) {
    Map<String, Node> events = new LinkedHashMap<>();
    if (on.isText()) {
      events.put(on.text(), null);
    } else if (on.isList()) {
      for (Node item : on.items()) events.put(item.text(), null);
    } else {
      events.putAll(on.entries());
    }
    List<Trigger> triggers = new ArrayList<>();
    events.forEach((event, config) -> triggers.add(trigger(event, config == null || config.isNull() ? null : config)));
    return triggers;
  }

  private static Trigger trigger(String event, Node config) {
    return switch (event) {
      case "push" -> ref(Trigger.push(), config);
      case "pull_request" -> ref(Trigger.pullRequest(), config);
      case "pull_request_target" -> ref(Trigger.pullRequestTarget(), config);
      case "schedule" -> schedule(config);
      case "workflow_dispatch" -> dispatch(config);
      case "workflow_call" -> call(config);
      case "workflow_run" -> workflowRun(config);
      default -> other(event, config);
    };
  }

  private static RefTrigger ref(RefTrigger trigger, Node config) {
    if (config == null) return trigger;
    config.onlyKeys(REF_KEYS);
    RefTrigger t = trigger;
    for (Map.Entry<String, Node> e : config.entries().entrySet()) {
      String[] values = e.getValue().texts().toArray(String[]::new);
      t = switch (e.getKey()) {
        case "branches" -> t.branches(values);
        case "branches-ignore" -> t.branchesIgnore(values);
        case "tags" -> t.tags(values);
        case "tags-ignore" -> t.tagsIgnore(values);
        case "paths" -> t.paths(values);
        case "paths-ignore" -> t.pathsIgnore(values);
        default -> t.types(values);
      };
    }
    return t;
  }

  private static Trigger schedule(Node config) {
    if (config == null) throw new ImportException("on.schedule: needs at least one cron entry");
    List<String> crons = new ArrayList<>();
    for (Node entry : config.items()) {
      entry.onlyKeys(Set.of("cron"));
      Node cron = entry.get("cron");
      if (cron == null) throw entry.fail("a schedule entry needs cron");
      crons.add(cron.text());
    }
    return Trigger.schedule(crons.toArray(String[]::new));
  }

  private static DispatchTrigger dispatch(Node config) {
    DispatchTrigger t = Trigger.workflowDispatch();
    if (config == null) return t;
    config.onlyKeys(Set.of("inputs"));
    Node inputs = config.get("inputs");
    if (inputs == null) return t;
    for (Map.Entry<String, Node> e : inputs.entries().entrySet()) t = t.input(input(e.getKey(), e.getValue()));
    return t;
  }

  private static CallTrigger call(Node config) {
    CallTrigger t = Trigger.workflowCall();
    if (config == null) return t;
    config.onlyKeys(Set.of("inputs", "outputs", "secrets"));
    Node inputs = config.get("inputs");
    if (inputs != null) {
      for (Map.Entry<String, Node> e : inputs.entries().entrySet()) t = t.input(input(e.getKey(), e.getValue()));
    }
    Node outputs = config.get("outputs");
    if (outputs != null) {
      for (Map.Entry<String, Node> e : outputs.entries().entrySet()) {
        Node o = e.getValue();
        o.onlyKeys(Set.of("description", "value"));
        Node value = o.get("value");
        if (value == null) throw o.fail("an output needs a value");
        t = t.output(e.getKey(), optionalText(o.get("description")), value.text());
      }
    }
    Node secrets = config.get("secrets");
    if (secrets != null) {
      for (Map.Entry<String, Node> e : secrets.entries().entrySet()) {
        Node s = e.getValue();
        s.onlyKeys(Set.of("description", "required"));
        Node required = s.get("required");
        t = t.secret(e.getKey(), optionalText(s.get("description")), required != null && required.bool());
      }
    }
    return t;
  }

  /** An input; without {@code type:} GitHub takes it for a string. */
  private static Input input(String name, Node node) {
    node.onlyKeys(INPUT_KEYS);
    Node type = node.get("type");
    Node options = node.get("options");
    Input input = switch (type == null ? "string" : type.text()) {
      case "string" -> Input.string(name);
      case "boolean" -> Input.bool(name);
      case "number" -> Input.number(name);
      case "environment" -> Input.environment(name);
      case "choice" -> Input.choice(name, options == null ? new String[0] : options.texts().toArray(String[]::new));
      default -> throw type.fail("unknown input type '" + type.text() + "'");
    };
    if (options != null && input.type() != Input.Type.CHOICE) throw options.fail("options belong to choice inputs only");
    String description = optionalText(node.get("description"));
    if (description != null) input = input.description(description);
    Node required = node.get("required");
    if (required != null && required.bool()) input = input.required();
    Node value = node.get("default");
    if (value != null && !value.isNull()) {
      if (value.value().isBoolean()) input = input.defaultValue(value.bool());
      else if (value.isWhole()) input = input.defaultValue(value.value().longValue());
      else input = input.defaultValue(value.text());
    }
    return input;
  }

  private static WorkflowRunTrigger workflowRun(Node config) {
    if (config == null) throw new ImportException("on.workflow_run: needs workflows");
    config.onlyKeys(Set.of("workflows", "types", "branches", "branches-ignore"));
    Node workflows = config.get("workflows");
    if (workflows == null) throw config.fail("needs workflows");
    WorkflowRunTrigger t = Trigger.workflowRun(workflows.texts().toArray(String[]::new));
    for (Map.Entry<String, Node> e : config.entries().entrySet()) {
      String[] values = e.getValue().texts().toArray(String[]::new);
      switch (e.getKey()) {
        case "types" -> t = t.types(values);
        case "branches" -> t = t.branches(values);
        case "branches-ignore" -> t = t.branchesIgnore(values);
        default -> { }
      }
    }
    return t;
  }

  private static EventTrigger other(String event, Node config) {
    EventTrigger t = Trigger.event(event);
    if (config == null) return t;
    config.onlyKeys(Set.of("types"));
    Node types = config.get("types");
    return types == null ? t : t.types(types.texts().toArray(String[]::new));
  }

  private static String optionalText(Node node) {
    return node == null || node.isNull() ? null : node.text();
  }
}
