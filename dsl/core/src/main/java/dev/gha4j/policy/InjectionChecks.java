package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link Rule#SCRIPT_INJECTION}: untrusted text ({@link Taint}: event fields, string inputs, and
 * what is derived from them through env and outputs) whose value flows into a {@code run} script
 * or an input an action runs as code ({@code code-inputs.yml}, e.g. the {@code script} of
 * {@code actions/github-script}). (Secrets in an {@code if:}, once GHA012, are the validator's:
 * GitHub's schema does not provide them there.)
 */
final class InjectionChecks {
  private InjectionChecks() {}

  static void scriptInjection(StepView v, Reporter out) {
    Job job = v.job();
    Step step = v.step();
    if (step.run() != null) {
      List<Expr> run = new java.util.ArrayList<>();
      for (Values.Located l : v.values()) if (l.key().equals("run")) run.add(l.expr());
      if (!run.isEmpty()) injections(v, run, "run", "the shell", out);
    }
    ActionUse use = v.use();
    if (use == null) return;
    for (String input : DataFiles.codeInputs(use)) {
      Scalar code = step.with().get(input);
      if (code == null) continue;
      String where = use.is("actions/github-script") && input.equals("script") ? "the script of actions/github-script"
          : "input '" + input + "' of " + use.repository().toLowerCase(java.util.Locale.ROOT);
      injections(v, ExprPaths.embedded(code), where, use.is("actions/github-script") ? "JavaScript" : "the action", out);
    }
  }

  private static void injections(StepView v, List<Expr> exprs, String where, String language, Reporter out) {
    Set<String> seen = new LinkedHashSet<>();
    for (Expr e : exprs) {
      for (Taint.Source source : v.taint().flowing(e, v.job(), v.step())) {
        ExprPaths.Path p = source.path();
        // Rendered whole, an object (toJSON(github.event)) carries every untrusted field below it.
        Expr shown = p.whole() ? Expr.toJson(p.node()) : p.node();
        if (!seen.add(shown.text())) continue;
        String who = Taint.chooser(source.origin());
        String what = source.direct() ? "is text " + who + " chooses,"
            : "carries " + source.origin() + ", text " + who + " chooses,";
        out.step(v.job(), v.step(), "`" + shown.embed() + "` in " + where + " " + what + " pasted in before "
            + language + " reads it, so it can run as code", fix(p, shown, language));
      }
    }
  }

  private static String fix(ExprPaths.Path p, Expr shown, String language) {
    boolean env = p.segments().get(0).equals("env") && p.segments().size() == 2 && !p.whole();
    String variable = env ? p.node().text().substring("env.".length()) : UntrustedInputs.variableName(p);
    String use = language.equals("JavaScript") ? "read process.env." + variable
        : language.equals("the shell") ? "use \"$" + variable + "\"" : "read the variable " + variable + " in the code";
    if (env) return "it is already in the environment: " + use + " instead of " + shown.embed();
    return "pass it through env: .env(\"" + variable + "\", " + javaExpr(shown) + ") and " + use;
  }

  private static String javaExpr(Expr node) {
    String text = node.text();
    if (text.matches("github\\.[A-Za-z0-9_.*-]+")) return "Expr.github(\"" + text.substring("github.".length()) + "\")";
    return "\"" + node.embed() + "\"";
  }
}
