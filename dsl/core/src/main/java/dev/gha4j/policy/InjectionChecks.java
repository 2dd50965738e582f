package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link Rule#SCRIPT_INJECTION}: untrusted event text ({@link UntrustedInputs}) whose value flows
 * into a {@code run} script or the {@code script} input of {@code actions/github-script}; and
 * {@link Rule#SECRET_IN_CONDITION}: {@code secrets.*} read in a job's or step's {@code if:}.
 */
final class InjectionChecks {
  private InjectionChecks() {}

  static void scriptInjection(StepView v, Reporter out) {
    Job job = v.job();
    Step step = v.step();
    if (step.run() != null) injections(job, step, ExprPaths.embedded(step.run()), "run", "the shell", out);
    ActionUse use = ActionUse.of(step);
    Scalar script = step.with().get("script");
    if (use != null && use.is("actions/github-script") && script != null) {
      injections(job, step, ExprPaths.embedded(script), "the script of actions/github-script", "JavaScript", out);
    }
  }

  private static void injections(Job job, Step step, List<Expr> exprs, String where, String language, Reporter out) {
    Set<String> seen = new LinkedHashSet<>();
    for (Expr e : exprs) {
      for (ExprPaths.Path p : ExprPaths.flowing(e)) {
        // Rendered whole, an object (toJSON(github.event)) carries every untrusted field below it.
        Expr shown = p.whole() ? Expr.toJson(p.node()) : p.node();
        if (!UntrustedInputs.untrusted(p) || !seen.add(shown.text())) continue;
        String variable = UntrustedInputs.variableName(p);
        String use = language.equals("JavaScript") ? "read process.env." + variable : "use \"$" + variable + "\"";
        out.step(job, step, "`" + shown.embed() + "` in " + where + " is text an outsider chooses, pasted in before "
                + language + " reads it, so it can run as code",
            "pass it through env: .env(\"" + variable + "\", " + javaExpr(shown) + ") and " + use);
      }
    }
  }

  private static String javaExpr(Expr node) {
    String text = node.text();
    if (text.matches("github\\.[A-Za-z0-9_.*-]+")) return "Expr.github(\"" + text.substring("github.".length()) + "\")";
    return "\"" + node.embed() + "\"";
  }

  static void secretInCondition(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      for (ExprPaths.Path secret : secrets(job.condition())) {
        out.job(job, job.location(), "job '" + job.id() + "' reads " + secret.node().text()
                + " in if:, where GitHub does not provide secrets",
            "test a configuration variable (Expr.vars(\"...\")) instead, or move the test into a step");
      }
    }
  }

  static void secretInCondition(StepView v, Reporter out) {
    Step step = v.step();
    for (ExprPaths.Path secret : secrets(step.condition())) {
      String name = secret.segments().size() > 1 ? secret.node().text().substring("secrets.".length()) : "NAME";
      String flag = "HAS_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
      out.step(v.job(), step, "step '" + step.displayName() + "' reads " + secret.node().text()
              + " in if:, where GitHub does not provide secrets",
          "map it to an env variable of the job, .env(\"" + flag + "\", Expr.secrets(\"" + name
              + "\").ne(\"\")), and test Expr.env(\"" + flag + "\").eq(\"true\")");
    }
  }

  private static List<ExprPaths.Path> secrets(Scalar condition) {
    return ExprPaths.condition(condition).stream().flatMap(e -> ExprPaths.read(e).stream())
        .filter(p -> p.segments().get(0).equals("secrets")).toList();
  }
}
