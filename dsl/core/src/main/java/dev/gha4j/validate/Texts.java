package dev.gha4j.validate;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one element that may hold expressions, each with its YAML key: text that may
 * embed {@code ${{ }}}, or an expression given as a tree (which is read as it is, not parsed again).
 */
final class Texts {
  private Texts() {}

  /** A key and its value; a {@code condition} is expression text without {@code ${{ }}}. */
  record Text(String key, Scalar value, boolean condition) {}

  static List<Text> of(Workflow w) {
    List<Text> t = new ArrayList<>();
    add(t, "name", w.name());
    add(t, "run-name", w.runName());
    w.env().forEach((k, v) -> scalar(t, "env." + k, v));
    if (w.concurrency() != null) {
      add(t, "concurrency", w.concurrency().group());
      scalar(t, "concurrency.cancel-in-progress", w.concurrency().cancelInProgress());
    }
    for (Trigger trigger : w.triggers()) {
      if (trigger instanceof CallTrigger c) {
        for (CallTrigger.Output o : c.outputs()) scalar(t, "on.workflow_call.outputs." + o.name(), o.value());
      }
    }
    return t;
  }

  /** The job's own texts, not those of its steps. */
  static List<Text> of(Job j) {
    List<Text> t = new ArrayList<>();
    add(t, "name", j.name());
    if (j.runsOn() != null) j.runsOn().labels().forEach(l -> add(t, "runs-on", l));
    if (j.condition() != null) t.add(new Text("if", j.condition(), true));
    if (j.environment() != null) {
      add(t, "environment", j.environment().name());
      add(t, "environment.url", j.environment().url());
    }
    if (j.concurrency() != null) {
      add(t, "concurrency", j.concurrency().group());
      scalar(t, "concurrency.cancel-in-progress", j.concurrency().cancelInProgress());
    }
    scalar(t, "timeout-minutes", j.timeoutMinutes());
    scalar(t, "continue-on-error", j.continueOnError());
    if (j.strategy() != null) {
      expression(t, "strategy", j.strategy().expression());
      scalar(t, "strategy.fail-fast", j.strategy().failFast());
      scalar(t, "strategy.max-parallel", j.strategy().maxParallel());
    }
    if (j.strategy() != null && j.strategy().matrix() != null) {
      Matrix m = j.strategy().matrix();
      expression(t, "strategy.matrix", m.expression());
      m.axisExpressions().forEach((k, v) -> expression(t, "strategy.matrix." + k, v));
      expression(t, "strategy.matrix.include", m.includeExpression());
      expression(t, "strategy.matrix.exclude", m.excludeExpression());
      // YAML-valued axes may embed expressions too; they are checked in the YAML text.
      j.strategy().matrix().rawAxes().forEach((k, v) -> add(t, "strategy.matrix." + k, v.yaml()));
      for (var c : m.include()) c.values().forEach((k, v) -> scalar(t, "strategy.matrix.include." + k, v));
      for (var c : m.exclude()) c.values().forEach((k, v) -> scalar(t, "strategy.matrix.exclude." + k, v));
    }
    if (j.container() != null) container(t, "container", j.container());
    j.services().forEach((name, s) -> container(t, "services." + name, s));
    j.outputs().forEach((k, v) -> scalar(t, "outputs." + k, v));
    j.env().forEach((k, v) -> scalar(t, "env." + k, v));
    j.with().forEach((k, v) -> scalar(t, "with." + k, v));
    j.secrets().forEach((k, v) -> scalar(t, "secrets." + k, v));
    return t;
  }

  static List<Text> of(Step s) {
    List<Text> t = new ArrayList<>();
    add(t, "name", s.name());
    if (s.condition() != null) t.add(new Text("if", s.condition(), true));
    s.with().forEach((k, v) -> scalar(t, "with." + k, v));
    add(t, "run", s.run());
    add(t, "shell", s.shell());
    add(t, "working-directory", s.workingDirectory());
    s.env().forEach((k, v) -> scalar(t, "env." + k, v));
    scalar(t, "timeout-minutes", s.timeoutMinutes());
    scalar(t, "continue-on-error", s.continueOnError());
    return t;
  }

  private static void container(List<Text> t, String key, Container c) {
    expression(t, key, c.expression());
    add(t, key + ".image", c.image());
    if (c.credentials() != null) {
      scalar(t, key + ".credentials.username", c.credentials().username());
      scalar(t, key + ".credentials.password", c.credentials().password());
    }
    c.env().forEach((k, v) -> scalar(t, key + ".env." + k, v));
    c.options().forEach(o -> add(t, key + ".options", o));
  }

  private static void scalar(List<Text> t, String key, Scalar s) {
    if (s instanceof Scalar.Text || s instanceof Scalar.Expression) t.add(new Text(key, s, false));
  }

  private static void expression(List<Text> t, String key, Expr e) {
    if (e != null) t.add(new Text(key, Scalar.of(e), false));
  }

  private static void add(List<Text> t, String key, String value) {
    if (value != null) t.add(new Text(key, Scalar.of(value), false));
  }
}
