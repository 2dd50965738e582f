package dev.gha4j.emit;

import dev.gha4j.model.Allowance;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Container;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Raw;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Strategy;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.Gha4jException;
import dev.gha4j.source.SourceLocation;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the model into a Jackson tree in GitHub's documented key order. Every string passes
 * through {@link TextSink} with the element that holds it, so the validator can report text YAML
 * cannot carry at the right pipeline line.
 */
final class WorkflowTree {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TextSink sink;
  private final Markers markers;
  private final RawParser raw;
  private final TriggerTree triggers;
  private final Trace trace;
  private SourceLocation where;

  WorkflowTree(TextSink sink, Markers markers, RawParser raw) {
    this(sink, markers, raw, null);
  }

  /** A tree that also records, in {@code trace}, what the validator needs; a broken escape hatch becomes a missing node. */
  WorkflowTree(TextSink sink, Markers markers, RawParser raw, Trace trace) {
    this.sink = sink;
    this.markers = markers;
    this.raw = raw;
    this.trace = trace;
    this.triggers = new TriggerTree(this);
  }

  ObjectNode workflow(Workflow w) {
    where = w.location();
    ObjectNode node = NODES.objectNode();
    text(node, "name", w.name());
    text(node, "run-name", w.runName());
    node.set("on", triggers.on(w.triggers()));
    where = w.location(); // each trigger reported at its own line; what follows, at the workflow's
    permissions(node, w.permissions());
    scalars(node, "env", w.env());
    defaults(node, w.defaults());
    concurrency(node, w.concurrency());
    // Escape-hatch keys go before jobs, not after: jobs stays the last, long block (with the blank
    // lines Spacing adds), and an extra top-level key does not trail the last job, where a
    // reviewer would take it for part of that job.
    escapeHatches(node, w.escapeHatches());
    for (Allowance a : w.allowances()) reason(a);
    ObjectNode jobs = node.putObject("jobs");
    for (Job job : w.jobs()) jobs.set(job.id(), job(job));
    return node;
  }

  /** Workflow-level suppressions, written as comments under the header. */
  static List<String> workflowComments(Workflow w) {
    return w.allowances().stream().map(WorkflowTree::describe).toList();
  }

  ObjectNode job(Job job) {
    where = job.location();
    ObjectNode node = NODES.objectNode();
    allowances(node, job.allowances());
    text(node, "name", job.name());
    runsOn(node, job.runsOn());
    if (job.needs().size() == 1) text(node, "needs", job.needs().get(0));
    else if (!job.needs().isEmpty()) list(node, "needs", job.needs());
    condition(node, job.condition());
    permissions(node, job.permissions());
    if (job.environment() != null) {
      if (job.environment().url() == null && job.environment().deployment() == null) {
        text(node, "environment", job.environment().name());
      } else {
        ObjectNode env = node.putObject("environment");
        text(env, "name", job.environment().name());
        text(env, "url", job.environment().url());
        if (job.environment().deployment() != null) env.put("deployment", job.environment().deployment());
      }
    }
    concurrency(node, job.concurrency());
    scalar(node, "timeout-minutes", job.timeoutMinutes());
    strategy(node, job.strategy());
    scalar(node, "continue-on-error", job.continueOnError());
    if (!job.services().isEmpty()) {
      ObjectNode services = node.putObject("services");
      job.services().forEach((name, service) -> {
        name(name, "services");
        services.set(name, container(service));
      });
    }
    if (job.container() != null) node.set("container", container(job.container()));
    scalars(node, "outputs", job.outputs());
    scalars(node, "env", job.env());
    defaults(node, job.defaults());
    text(node, "uses", job.uses());
    scalars(node, "with", job.with());
    if (job.secretsInherit()) text(node, "secrets", "inherit");
    else scalars(node, "secrets", job.secrets());
    if (!job.steps().isEmpty()) {
      ArrayNode steps = node.putArray("steps");
      for (Step step : job.steps()) steps.add(step(step));
      where = job.location();
    }
    escapeHatches(node, job.escapeHatches());
    return node;
  }

  ObjectNode step(Step step) {
    where = step.location();
    ObjectNode node = NODES.objectNode();
    allowances(node, step.allowances());
    text(node, "id", step.id());
    text(node, "name", step.name());
    condition(node, step.condition());
    String comment = step.usesComment();
    if (comment != null) sink.accept(comment, where, "uses comment");
    if (step.action() != null) {
      String version = step.action().version();
      node.put("uses", markers.uses(step.action().uses(), comment == null ? version : version + " " + comment));
    } else if (comment != null && step.rawUses() != null) {
      sink.accept(step.rawUses(), where, "uses");
      // The placeholder bypasses Jackson's quoting: a value that needs quotes gets JSON's, which YAML reads alike.
      String uses = WorkflowYaml.isPlainScalar(step.rawUses()) ? step.rawUses() : NODES.stringNode(step.rawUses()).toString();
      node.put("uses", markers.uses(uses, comment));
    } else {
      text(node, "uses", step.rawUses());
    }
    scalars(node, "with", step.with());
    text(node, "run", step.run());
    text(node, "shell", step.shell());
    text(node, "working-directory", step.workingDirectory());
    scalars(node, "env", step.env());
    scalar(node, "timeout-minutes", step.timeoutMinutes());
    scalar(node, "continue-on-error", step.continueOnError());
    escapeHatches(node, step.escapeHatches());
    return node;
  }

  // ---- pieces ---------------------------------------------------------------------------------

  private void allowances(ObjectNode node, List<Allowance> allowances) {
    for (Allowance a : allowances) {
      reason(a);
      node.put(markers.comment(describe(a)), "x"); // the validator skips it (WorkflowYaml.isPlaceholderKey)
    }
  }

  // A missing reason is the policy rules' to report; only text that is there is checked here.
  private void reason(Allowance a) {
    if (a.reason() != null) sink.accept(a.reason(), a.location(), "reason of allow(" + a.ruleId() + ")");
  }

  private static String describe(Allowance a) {
    return "gha4j allows " + a.ruleId() + ": " + a.reason();
  }

  private void runsOn(ObjectNode node, RunsOn runsOn) {
    if (runsOn == null) return;
    if (runsOn.group() == null && runsOn.labels().size() == 1) {
      text(node, "runs-on", runsOn.labels().get(0));
    } else if (runsOn.group() == null) {
      list(node, "runs-on", runsOn.labels());
    } else {
      ObjectNode group = node.putObject("runs-on");
      text(group, "group", runsOn.group());
      if (!runsOn.labels().isEmpty()) list(group, "labels", runsOn.labels());
    }
  }

  private void permissions(ObjectNode node, Permissions p) {
    if (p == null) return;
    switch (p.kind()) {
      case READ_ALL -> node.put("permissions", "read-all");
      case WRITE_ALL -> node.put("permissions", "write-all");
      case NONE -> node.putObject("permissions");
      case SCOPED -> {
        ObjectNode scopes = node.putObject("permissions");
        for (Scope s : Scope.values()) {
          if (p.scopes().containsKey(s)) scopes.put(s.wire(), p.scopes().get(s).wire());
        }
      }
    }
  }

  private void concurrency(ObjectNode node, Concurrency c) {
    if (c == null) return;
    if (c.cancelInProgress() == null) {
      text(node, "concurrency", c.group());
      return;
    }
    ObjectNode n = node.putObject("concurrency");
    text(n, "group", c.group());
    scalar(n, "cancel-in-progress", c.cancelInProgress());
  }

  private void defaults(ObjectNode node, Defaults d) {
    if (d == null) return;
    ObjectNode run = node.putObject("defaults").putObject("run");
    text(run, "shell", d.shell());
    text(run, "working-directory", d.workingDirectory());
  }

  private void strategy(ObjectNode node, Strategy s) {
    if (s == null) return;
    if (s.expression() != null) {
      text(node, "strategy", s.expression().embed());
      return;
    }
    ObjectNode n = node.putObject("strategy");
    if (s.matrix() != null) n.set("matrix", new MatrixTree(this).matrix(s.matrix()));
    scalar(n, "fail-fast", s.failFast());
    scalar(n, "max-parallel", s.maxParallel());
  }

  private JsonNode container(Container c) {
    if (c.expression() != null) {
      String text = c.expression().embed();
      sink.accept(text, where, "container");
      return NODES.stringNode(text);
    }
    ObjectNode n = NODES.objectNode();
    text(n, "image", c.image());
    if (c.credentials() != null) {
      ObjectNode cred = n.putObject("credentials");
      scalar(cred, "username", c.credentials().username());
      scalar(cred, "password", c.credentials().password());
    }
    scalars(n, "env", c.env());
    if (!c.ports().isEmpty()) list(n, "ports", c.ports());
    if (!c.volumes().isEmpty()) list(n, "volumes", c.volumes());
    if (!c.options().isEmpty()) text(n, "options", String.join(" ", c.options()));
    return n;
  }

  private void escapeHatches(ObjectNode node, Map<String, Raw> hatches) {
    hatches.forEach((key, value) -> {
      name(key, "escape hatch");
      sink.accept(value.yaml(), where, "escape hatch '" + key + "'");
      JsonNode parsed = escaped(value);
      if (!parsed.isMissingNode()) node.set(key, parsed);
    });
  }

  /** A value given as YAML inside a modelled key (matrix values); its text is checked like any text. */
  JsonNode rawNode(Raw value, String key) {
    sink.accept(value.yaml(), where, key);
    return escaped(value);
  }

  // A fragment that does not parse stops rendering; the validator's tree records it and goes on
  // without it (a missing node, which no model value becomes).
  private JsonNode escaped(Raw value) {
    if (trace == null) return raw.parse(value, where);
    try {
      JsonNode node = raw.parse(value, where);
      trace.escapeHatches.add(node);
      return node;
    } catch (Gha4jException e) {
      trace.broken.add(e);
      return NODES.missingNode();
    }
  }

  private JsonNode expression(JsonNode node, dev.gha4j.expr.Expr expr) {
    if (trace != null) trace.expressions.put(node, expr);
    return node;
  }

  // ---- scalars --------------------------------------------------------------------------------

  void text(ObjectNode node, String key, String value) {
    text(node, key, value, key);
  }

  /** Writes {@code key: value}; {@code path} names the value in messages, e.g. {@code env.HOME}. */
  private void text(ObjectNode node, String key, String value, String path) {
    if (value == null) return;
    sink.accept(value, where, path);
    node.put(key, value);
  }

  /** A name that becomes a YAML key (a map key, service name or matrix axis) under {@code path}. */
  void name(String name, String path) {
    sink.accept(name, where, path);
  }

  void list(ObjectNode node, String key, List<String> values) {
    ArrayNode array = node.putArray(key);
    for (String v : values) {
      sink.accept(v, where, key);
      array.add(v);
    }
  }

  void scalars(ObjectNode node, String key, Map<String, Scalar> values) {
    if (values.isEmpty()) return;
    ObjectNode n = node.putObject(key);
    values.forEach((k, v) -> {
      name(k, key);
      n.set(k, scalarNode(v, key + "." + k));
    });
  }

  void scalar(ObjectNode node, String key, Scalar value) {
    if (value == null) return;
    node.set(key, scalarNode(value, key));
  }

  /** A text, boolean or number node; {@code path} names a text value in messages. */
  JsonNode scalarNode(Scalar value, String path) {
    if (value instanceof Scalar.Bool b) return NODES.booleanNode(b.value());
    if (value instanceof Scalar.Number n) return NODES.numberNode(n.value());
    String text = value.text(); // an expression is written as ${{ ... }} here, and only here
    sink.accept(text, where, path);
    JsonNode node = NODES.stringNode(text);
    return value instanceof Scalar.Expression e ? expression(node, e.expr()) : node;
  }

  /** {@code if:} an expression is written bare ({@code if: failure()}); text as it was given. */
  private void condition(ObjectNode node, Scalar condition) {
    if (condition instanceof Scalar.Expression e) {
      String text = e.expr().text();
      sink.accept(text, where, "if");
      node.set("if", expression(NODES.stringNode(text), e.expr()));
    } else if (condition != null) {
      scalar(node, "if", condition);
    }
  }

  void at(SourceLocation location) {
    where = location;
  }
}
