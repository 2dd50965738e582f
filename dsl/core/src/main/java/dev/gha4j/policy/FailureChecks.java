package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Set;

/**
 * Rules about failures that cannot fail: {@link Rule#SILENT_FAILURE} and
 * {@link Rule#NON_FAILING_CHECK}. Scripts are read as bash (see {@link ShellScript}), so
 * {@code echo "|| true"} or a comment is never mistaken for the real thing.
 */
final class FailureChecks {
  // A command that follows '||' and makes the whole list succeed.
  private static final Set<List<String>> SWALLOWS = Set.of(
      List.of("true"), List.of(":"), List.of("/bin/true"), List.of("/usr/bin/true"),
      List.of("exit", "0"), List.of("return", "0"));
  private static final String ALLOW = "if the failure really does not matter, say why with .allow(Rule.SILENT_FAILURE, \"...\")";

  private FailureChecks() {}

  static void silentFailure(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      if (isTrue(job.continueOnError())) {
        out.job(job, job.location(), "job '" + job.id() + "' has continue-on-error: true, so its failure never fails the workflow run",
            "remove it; " + ALLOW);
      }
    }
  }

  static void silentFailure(StepView v, Reporter out) {
    Step step = v.step();
    if (isTrue(step.continueOnError()) && !outcomeChecked(v)) {
      out.step(v.job(), step, "step '" + step.displayName() + "' has continue-on-error: true, so its failure never fails the job",
          "remove it; " + ALLOW);
    }
    Scripts.Script s = v.script();
    if (v.posix() != null) {
      for (ShellCommand c : s.shell().commands()) {
        if (c.before().equals("||") && SWALLOWS.contains(c.texts()) && c.previous() != null) {
          out.step(s.job(), s.step(), "`" + c.previous().source() + " || " + c.source() + "` always succeeds"
              + s.at(c.line()) + ", so a failure of " + c.previous().name() + " never fails the step",
              "remove `|| " + c.source() + "`; " + ALLOW);
        } else if (disablesErrexit(c)) {
          out.step(s.job(), s.step(), "`" + c.source() + "` turns off exit-on-error" + s.at(c.line())
              + ", so failing commands after it do not fail the step",
              "remove it, and test an exit status explicitly where a failure is expected: `if ! cmd; then ...; fi`");
        }
      }
    }
  }

  /**
   * A pipeline in a script that runs under GitHub's default shell, {@code bash -e {0}}: without
   * {@code pipefail} only the last command of a pipeline decides its status ({@code ScriptHandler}
   * in actions/runner; "Exit codes and error action preference" in the workflow syntax).
   */
  static void pipelineWithoutPipefail(StepView v, Reporter out) {
    Scripts.Script s = v.script();
    if (v.posix() == null || Scripts.shell(v.workflow(), v.job(), v.step()) != null) return;
    int pipefailFrom = Integer.MAX_VALUE;
    for (ShellCommand c : s.shell().commands()) {
      if (c.name().equals("set") && c.args().contains("pipefail")) pipefailFrom = Math.min(pipefailFrom, c.line());
      if (c.before().equals("|") && c.previous() != null && c.line() < pipefailFrom) {
        out.step(s.job(), s.step(), "`" + c.previous().source() + " | " + c.source() + "`" + s.at(c.line())
            + " runs under GitHub's default shell `bash -e {0}`, which has no pipefail: when " + c.previous().name()
            + " fails and " + c.name() + " succeeds, the step succeeds",
            "set `shell: bash` (GitHub then runs `bash --noprofile --norc -eo pipefail {0}`) on the step, or for every "
                + "step with `.defaults(Defaults.run().shell(\"bash\"))` on the workflow or job");
        return;
      }
    }
  }

  static void nonFailingCheck(StepView v, Reporter out) {
    Scripts.Script s = v.script();
    if (v.posix() != null) {
      for (ShellCommand c : s.shell().commands()) {
        List<String> words = c.texts();
        int show = words.indexOf("showmigrations");
        if (show > 0 && (words.get(show - 1).endsWith("manage.py") || words.get(show - 1).equals("django-admin"))) {
          out.step(s.job(), s.step(), "`" + c.source() + "` lists migrations and exits 0 even when some are unapplied"
              + s.at(c.line()) + ", so it checks nothing",
              "use `python manage.py makemigrations --check --dry-run` (model changes without a migration) "
                  + "or `python manage.py migrate --check` (unapplied migrations)");
        } else if (words.contains("--exit-zero")) {
          out.step(s.job(), s.step(), "`" + c.source() + "` exits 0 whatever " + c.name() + " finds" + s.at(c.line()),
              "remove --exit-zero so findings fail the step");
        }
      }
    }
  }

  // "Let it fail, then look": a later step reads steps.<id>.outcome, the result before continue-on-error.
  private static boolean outcomeChecked(StepView v) {
    String id = v.step().id();
    if (id == null) return false;
    List<Step> steps = v.job().steps();
    for (Step later : steps.subList(v.index() + 1, steps.size())) {
      for (Values.Located l : Values.of(later)) {
        for (ExprPaths.Path p : ExprPaths.read(l.expr())) {
          List<String> s = p.segments();
          if (s.size() >= 3 && s.get(0).equals("steps") && s.get(1).equalsIgnoreCase(id) && s.get(2).equals("outcome")) return true;
        }
      }
    }
    for (Values.Located l : Values.of(v.job())) {
      if (!l.key().startsWith("outputs.")) continue;
      for (ExprPaths.Path p : ExprPaths.read(l.expr())) {
        List<String> s = p.segments();
        if (s.size() >= 3 && s.get(0).equals("steps") && s.get(1).equalsIgnoreCase(id) && s.get(2).equals("outcome")) return true;
      }
    }
    return false;
  }

  private static boolean disablesErrexit(ShellCommand c) {
    if (!c.name().equals("set")) return false;
    List<String> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.matches("\\+[A-Za-z]*e[A-Za-z]*")) return true;
      if (a.equals("+o") && i + 1 < args.size() && args.get(i + 1).equals("errexit")) return true;
    }
    return false;
  }

  // An expression (e.g. matrix.experimental) is a deliberate, visible choice and not flagged.
  private static boolean isTrue(Scalar s) {
    return s instanceof Scalar.Bool b ? b.value() : s instanceof Scalar.Text t && t.value().equals("true");
  }
}
