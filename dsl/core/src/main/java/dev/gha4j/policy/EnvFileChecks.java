package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Step;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#GITHUB_ENV}: a {@code run} script that writes untrusted text ({@link Taint}) to
 * {@code $GITHUB_ENV} or {@code $GITHUB_PATH}. What it writes becomes the environment or the
 * {@code PATH} of every later step: {@code LD_PRELOAD=}, {@code NODE_OPTIONS=} or a directory of
 * the attacker's programs turns text into code.
 */
final class EnvFileChecks {
  private static final Pattern FILE = Pattern.compile("\\$(?:env:)?\\{?(GITHUB_ENV|GITHUB_PATH)\\b");

  private EnvFileChecks() {}

  static void githubEnv(StepView v, Reporter out) {
    Step step = v.step();
    if (step.run() == null || !step.run().contains("GITHUB_")) return;
    Matcher m = FILE.matcher(step.run());
    if (!m.find()) return;
    String file = m.group(1);
    String origin = untrusted(v);
    if (origin == null) return;
    out.step(v.job(), step, "step '" + step.displayName() + "' writes to $" + file + " in a script that reads " + origin
            + ", text " + Taint.chooser(origin) + " chooses, so it can set " + (file.equals("GITHUB_PATH") ? "where later steps find their programs"
            : "variables such as LD_PRELOAD or NODE_OPTIONS for every later step"),
        "do not write untrusted text to $" + file + "; hand it to later steps as a step output, read through env:");
  }

  // What the script reads that is untrusted: an expression in it, or one of its $VARIABLES.
  private static String untrusted(StepView v) {
    for (Expr e : ExprPaths.embedded(v.step().run())) {
      List<Taint.Source> s = v.taint().flowing(e, v.job(), v.step());
      if (!s.isEmpty()) return s.get(0).origin();
    }
    String run = v.step().run();
    for (Map.Entry<String, String> var : v.taint().variables(v.job(), v.step()).entrySet()) {
      String name = var.getKey();
      if (Taint.reads(run, name)) return var.getValue() + " (through $" + name + ")";
    }
    return null;
  }
}
