package dev.gha4j.validate;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/** The text values of one element that may embed {@code ${{ }}}, each with its YAML key. */
final class Texts {
  private Texts() {}

  /** A key and its text; {@code condition} texts are bare expressions, not embedded ones. */
  record Text(String key, String value, boolean condition) {}

  static List<Text> of(Workflow w) {
    List<Text> t = new ArrayList<>();
    add(t, "name", w.name());
    add(t, "run-name", w.runName());
    w.env().forEach((k, v) -> add(t, "env." + k, v));
    if (w.concurrency() != null) add(t, "concurrency", w.concurrency().group());
    for (Trigger trigger : w.triggers()) {
      if (trigger instanceof CallTrigger c) {
        for (CallTrigger.Output o : c.outputs()) add(t, "on.workflow_call.outputs." + o.name(), o.value());
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
    if (j.concurrency() != null) add(t, "concurrency", j.concurrency().group());
    scalar(t, "timeout-minutes", j.timeoutMinutes());
    scalar(t, "continue-on-error", j.continueOnError());
    if (j.strategy() != null && j.strategy().matrix() != null) {
      add(t, "strategy.matrix", j.strategy().matrix().expression());
      j.strategy().matrix().axisExpressions().forEach((k, v) -> add(t, "strategy.matrix." + k, v));
      // YAML-valued axes may embed expressions too; they are checked in the YAML text.
      j.strategy().matrix().rawAxes().forEach((k, v) -> add(t, "strategy.matrix." + k, v.yaml()));
    }
    if (j.container() != null) container(t, "container", j.container());
    j.services().forEach((name, s) -> container(t, "services." + name, s));
    j.outputs().forEach((k, v) -> add(t, "outputs." + k, v));
    j.env().forEach((k, v) -> add(t, "env." + k, v));
    j.with().forEach((k, v) -> scalar(t, "with." + k, v));
    j.secrets().forEach((k, v) -> add(t, "secrets." + k, v));
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
    s.env().forEach((k, v) -> add(t, "env." + k, v));
    scalar(t, "timeout-minutes", s.timeoutMinutes());
    scalar(t, "continue-on-error", s.continueOnError());
    return t;
  }

  private static void container(List<Text> t, String key, Container c) {
    add(t, key + ".image", c.image());
    if (c.credentials() != null) {
      add(t, key + ".credentials.username", c.credentials().username());
      add(t, key + ".credentials.password", c.credentials().password());
    }
    c.env().forEach((k, v) -> add(t, key + ".env." + k, v));
    c.options().forEach(o -> add(t, key + ".options", o));
  }

  private static void scalar(List<Text> t, String key, Scalar s) {
    if (s != null && s.value() instanceof String text) add(t, key, text);
  }

  private static void add(List<Text> t, String key, String value) {
    if (value != null) t.add(new Text(key, value, false));
  }
}
