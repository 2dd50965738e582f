package dev.gha4j.codegen.importer;

import dev.gha4j.expr.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a workflow tree into one canonical form, so that two workflows GitHub treats as equal
 * compare equal as trees. Each rule is a documented GitHub equivalence; nothing else is touched,
 * so any other difference (a changed script, a lost key, a number that became text where GitHub
 * keeps the type) still fails the comparison. Key order never matters: Jackson compares mappings
 * as maps.
 *
 * <ol>
 *   <li>{@code on: push} and {@code on: [push, pull_request]} are the mapping form with empty
 *       events; an event configured as {@code {}} is the same as one configured as nothing.
 *   <li>A filter ({@code branches}, {@code tags}, {@code paths}, their {@code -ignore} forms,
 *       {@code types}, {@code workflows}), {@code needs}, {@code runs-on} and its {@code labels}
 *       may be one string or a list of strings.
 *   <li>{@code environment: x}, {@code concurrency: x} (of a job or the workflow) and {@code
 *       container: x} are short for {@code {name: x}}, {@code {group: x}} and {@code {image: x}}.
 *       Not for a container that is one whole {@code ${{ }}}: a matrix entry often holds a whole
 *       container mapping. (An environment or concurrency expression that yields a mapping would
 *       differ too, but then the long form is an error on GitHub, which wants text there.)
 *   <li>{@code if:} is an expression with or without {@code ${{ }}}; a YAML boolean there is the
 *       expression {@code true}/{@code false}.
 *   <li>{@code env} values (workflow, job, step, container, service) and a step's {@code with}
 *       values reach the process or action as text: {@code 1}, {@code "1"}; {@code true},
 *       {@code "true"}; {@code 2.70} and {@code "2.7"} are equal. (Not a reusable-workflow call's
 *       {@code with}: typed inputs there keep their types.)
 *   <li>A {@code workflow_dispatch} input without {@code type} is a string input; {@code required:
 *       false} on an input or a {@code workflow_call} secret is the default.
 *   <li>A value that is exactly one {@code ${{ }}} expression is compared as the parsed
 *       expression: spacing, redundant parentheses and the case of function names do not matter.
 * </ol>
 *
 * <p>Key order never matters, except in a matrix: GitHub names each matrix job by its values in the
 * order of the axes ({@code test (ubuntu-latest, 3.12)}), and required status checks go by those
 * names, so the order of the axes and of each {@code include} entry's keys is compared too.
 */
final class GitHubEquivalence {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** A key no workflow has, holding the order of a matrix's keys. */
  private static final String ORDER = "\u0000order";
  private static final Set<String> FILTERS =
      Set.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "types", "workflows");

  private GitHubEquivalence() {}

  /** The canonical form of a whole workflow document (the argument is not changed). */
  static JsonNode canonical(JsonNode workflow) {
    JsonNode copy = expressions(workflow.deepCopy());
    if (!(copy instanceof ObjectNode root)) return copy;
    if (root.has("on")) root.set("on", on(root.get("on")));
    shortForm(root, "concurrency", "group", false);
    envValues(root);
    JsonNode jobs = root.get("jobs");
    if (jobs instanceof ObjectNode all) for (JsonNode job : all.values()) if (job instanceof ObjectNode j) job(j);
    return root;
  }

  private static JsonNode on(JsonNode on) {
    ObjectNode events = NODES.objectNode();
    if (on.isString()) events.putNull(on.stringValue());
    else if (on.isArray()) for (JsonNode e : on.values()) events.putNull(e.asString());
    else if (on instanceof ObjectNode map) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        JsonNode config = e.getValue();
        if (config instanceof ObjectNode c && !c.isEmpty()) {
          filters(c);
          inputs(c, e.getKey().equals("workflow_dispatch"));
          events.set(e.getKey(), c);
        } else if (config.isArray()) {
          events.set(e.getKey(), config);
        } else {
          events.putNull(e.getKey());
        }
      }
    }
    return events;
  }

  private static void filters(ObjectNode config) {
    for (String key : FILTERS) if (config.has(key)) config.set(key, list(config.get(key)));
  }

  private static void inputs(ObjectNode config, boolean dispatch) {
    if (config.get("inputs") instanceof ObjectNode inputs) {
      for (JsonNode input : inputs.values()) {
        if (!(input instanceof ObjectNode i)) continue;
        if (dispatch && !i.has("type")) i.put("type", "string");
        dropFalse(i, "required");
      }
    }
    if (config.get("secrets") instanceof ObjectNode secrets) {
      for (JsonNode secret : secrets.values()) if (secret instanceof ObjectNode s) dropFalse(s, "required");
    }
  }

  private static void job(ObjectNode job) {
    if (job.has("needs")) job.set("needs", list(job.get("needs")));
    JsonNode runsOn = job.get("runs-on");
    if (runsOn != null && !runsOn.isObject()) job.set("runs-on", list(runsOn));
    if (runsOn instanceof ObjectNode group && group.has("labels")) group.set("labels", list(group.get("labels")));
    shortForm(job, "environment", "name", false);
    shortForm(job, "concurrency", "group", false);
    shortForm(job, "container", "image", true);
    condition(job);
    matrixOrder(job);
    envValues(job);
    if (job.get("container") instanceof ObjectNode c) envValues(c);
    if (job.get("services") instanceof ObjectNode services) {
      for (JsonNode service : services.values()) if (service instanceof ObjectNode s) envValues(s);
    }
    if (job.get("steps") instanceof ArrayNode steps) {
      for (JsonNode step : steps.values()) {
        if (!(step instanceof ObjectNode s)) continue;
        condition(s);
        envValues(s);
        withValues(s);
      }
    }
  }

  /** Records the order of the matrix axes and of each include and exclude entry's keys. */
  private static void matrixOrder(ObjectNode job) {
    if (!(job.get("strategy") instanceof ObjectNode strategy) || !(strategy.get("matrix") instanceof ObjectNode matrix)) {
      return;
    }
    for (String list : List.of("include", "exclude")) {
      if (matrix.get(list) instanceof ArrayNode entries) {
        for (JsonNode entry : entries.values()) if (entry instanceof ObjectNode e) e.set(ORDER, keys(e, Set.of()));
      }
    }
    matrix.set(ORDER, keys(matrix, Set.of("include", "exclude")));
  }

  private static ArrayNode keys(ObjectNode node, Set<String> except) {
    ArrayNode keys = NODES.arrayNode();
    for (String key : node.propertyNames()) if (!except.contains(key)) keys.add(key);
    return keys;
  }

  private static void shortForm(ObjectNode node, String key, String field, boolean keepExpression) {
    JsonNode value = node.get(key);
    if (value == null || value.isObject() || value.isNull()) return;
    if (keepExpression && value.isString() && Expressions.whole(value.stringValue()) != null) return;
    node.set(key, NODES.objectNode().set(field, value));
  }

  /** Rule 4; the text inside is kept, as the importer keeps it. */
  private static void condition(ObjectNode node) {
    JsonNode value = node.get("if");
    if (value == null || !value.isValueNode()) return;
    String s = (value.isString() ? value.stringValue() : value.asString()).strip();
    if (s.startsWith("${{") && s.endsWith("}}") && s.indexOf("${{", 3) < 0) s = s.substring(3, s.length() - 2).strip();
    node.put("if", s);
  }

  private static void envValues(ObjectNode node) {
    textValues(node.get("env"));
  }

  private static void withValues(ObjectNode node) {
    textValues(node.get("with"));
  }

  private static void textValues(JsonNode map) {
    if (!(map instanceof ObjectNode values)) return;
    for (Map.Entry<String, JsonNode> e : List.copyOf(values.properties())) {
      JsonNode v = e.getValue();
      if (v.isNumber()) values.put(e.getKey(), Node.number(v));
      else if (v.isBoolean()) values.put(e.getKey(), String.valueOf(v.booleanValue()));
    }
  }

  private static JsonNode list(JsonNode value) {
    if (value.isArray()) return value;
    ArrayNode list = NODES.arrayNode();
    list.add(value);
    return list;
  }

  private static void dropFalse(ObjectNode node, String key) {
    JsonNode value = node.get(key);
    if (value != null && value.isBoolean() && !value.booleanValue()) node.remove(key);
  }

  /** Rule 7, applied to every string in the tree except conditions (rule 4). */
  private static JsonNode expressions(JsonNode node) {
    if (node instanceof ObjectNode map) {
      for (Map.Entry<String, JsonNode> e : List.copyOf(map.properties())) {
        if (!e.getKey().equals("if")) map.set(e.getKey(), expressions(e.getValue()));
      }
      return map;
    }
    if (node instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) list.set(i, expressions(list.get(i)));
      return list;
    }
    if (node.isString()) {
      Expr whole = Expressions.whole(node.stringValue());
      if (whole != null) return NODES.stringNode(whole.embed());
    }
    return node;
  }
}
