package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expressions an element holds, each with the key it sits under ({@code env.TOKEN},
 * {@code with.script}, {@code run}, {@code if}), for the rules that judge an expression wherever
 * it is. A step's own values are read in the pass over steps; a job's and the workflow's own
 * values (not their steps') by the whole-workflow part.
 */
final class Values {
  /** One expression and where it is. */
  record Located(String key, Expr expr) {}

  private Values() {}

  static List<Located> of(Step step) {
    List<Located> out = new ArrayList<>();
    if (step.run() != null) add(out, "run", ExprPaths.embedded(step.run()));
    if (step.condition() != null) add(out, "if", ExprPaths.condition(step.condition()));
    map(out, "with.", step.with());
    map(out, "env.", step.env());
    return out;
  }

  static List<Located> of(Job job) {
    List<Located> out = new ArrayList<>();
    if (job.condition() != null) add(out, "if", ExprPaths.condition(job.condition()));
    map(out, "env.", job.env());
    map(out, "with.", job.with());
    map(out, "secrets.", job.secrets());
    map(out, "outputs.", job.outputs());
    if (job.container() != null) container(out, "container.", job.container());
    job.services().forEach((name, c) -> container(out, "services." + name + ".", c));
    return out;
  }

  static List<Located> of(Workflow w) {
    List<Located> out = new ArrayList<>();
    map(out, "env.", w.env());
    return out;
  }

  private static void container(List<Located> out, String prefix, Container c) {
    map(out, prefix + "env.", c.env());
    if (c.credentials() != null && c.credentials().password() != null) {
      add(out, prefix + "credentials.password", ExprPaths.embedded(c.credentials().password()));
    }
  }

  private static void map(List<Located> out, String prefix, Map<String, Scalar> values) {
    values.forEach((k, v) -> add(out, prefix + k, ExprPaths.embedded(v)));
  }

  private static void add(List<Located> out, String key, List<Expr> exprs) {
    for (Expr e : exprs) out.add(new Located(key, e));
  }
}
