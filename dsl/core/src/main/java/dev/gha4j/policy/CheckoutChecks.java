package dev.gha4j.policy;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;

/**
 * Rules about {@code actions/checkout}: {@link Rule#UNTRUSTED_CHECKOUT} and
 * {@link Rule#PERSISTED_CREDENTIALS}.
 *
 * <p>Persisted credentials are reported when a checkout keeps them (no
 * {@code persist-credentials: false}) and a later step of the same job is a {@code run} script or
 * uploads the workspace as an artifact:
 * from then on any script, and any tool it starts, can read the token from {@code .git/config}.
 * A job that only uses actions after the checkout is not reported.
 */
final class CheckoutChecks {
  private static final List<String> PRIVILEGED = List.of("pull_request_target", "workflow_run");
  // Context paths that name the pull request's (or the triggering run's) own commit or branch.
  private static final List<List<String>> HEAD = List.of(
      List.of("github", "event", "pull_request", "head"), List.of("github", "head_ref"),
      List.of("github", "event", "workflow_run", "head_sha"), List.of("github", "event", "workflow_run", "head_branch"),
      List.of("github", "event", "workflow_run", "head_commit"),
      List.of("github", "event", "workflow_run", "head_repository"));

  private CheckoutChecks() {}

  static void untrustedCheckout(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    String trigger = w.triggers().stream().map(Trigger::event).filter(PRIVILEGED::contains).findFirst().orElse(null);
    if (trigger == null) return;
    for (Job job : w.jobs()) {
      for (Step step : job.steps()) {
        String fetch = step.run() == null ? null : scriptCheckout(step, v.script(step));
        if (fetch != null) {
          out.step(job, step, "`" + fetch.replace("GHA4J_EXPRESSION", "${{ … }}") + "` fetches the pull request's code (possibly from a fork) into a " + trigger
                  + " workflow, which has secrets and a write token; any build or script of it runs with them",
              "build untrusted code in a pull_request workflow and hand results over as artifacts");
        }
        if (!isCheckout(step)) continue;
        for (String input : List.of("ref", "repository")) {
          Scalar value = step.with().get(input);
          if (value != null && pointsAtHead(value)) {
            String text = value.text();
            String whose = trigger.equals("workflow_run") ? "of the run that triggered it" : "of the pull request";
            out.step(job, step, "actions/checkout with " + input + ": " + text + " fetches the code " + whose
                    + " (possibly from a fork) into a " + trigger + " workflow, which has secrets and a write token",
                "check out the base commit (drop " + input + ":), or build untrusted code in a pull_request workflow "
                    + "and hand results over as artifacts");
            break;
          }
        }
      }
    }
  }

  // git fetch of refs/pull/N/head (or pull/N/merge), gh pr checkout, or a git checkout of the head.
  private static String scriptCheckout(Step step, ShellScript script) {
    if (script == null) return null;
    boolean headInScript = pointsAtHead(Scalar.of(step.run().replace("refs/pull/", "")));
    for (ShellCommand c : script.commands()) {
      List<String> args = c.args();
      if (c.name().equals("gh") && args.size() > 1 && args.get(0).equals("pr") && args.get(1).equals("checkout")) return c.source();
      if (!c.name().equals("git") || args.isEmpty()) continue;
      boolean fetch = args.contains("fetch") || args.contains("pull");
      if (fetch && args.stream().anyMatch(a -> a.matches("(\\+?refs/)?pull/[^/]+/(head|merge).*"))) return c.source();
      if (headInScript && (fetch || args.contains("checkout") || args.contains("switch") || args.contains("reset"))) {
        return c.source();
      }
    }
    return null;
  }

  private static boolean pointsAtHead(Scalar value) {
    if (value instanceof Scalar.Text t && t.value().contains("refs/pull/")) return true;
    for (Expr e : ExprPaths.embedded(value)) {
      for (ExprPaths.Path p : ExprPaths.read(e)) {
        for (List<String> head : HEAD) {
          if (p.segments().size() >= head.size() && p.segments().subList(0, head.size()).equals(head)) return true;
        }
      }
    }
    return false;
  }

  static void persistedCredentials(StepView v, Reporter out) {
    Step step = v.step();
    if (!isCheckout(step) || persistsNothing(step)) return;
    List<Step> steps = v.job().steps();
    Step later = steps.subList(v.index() + 1, steps.size()).stream()
        .filter(s -> s.run() != null || uploadsWorkspace(s)).findFirst().orElse(null);
    if (later == null) return;
    String reader = later.run() != null ? "the later run step '" + later.displayName() + "' of job '" + v.job().id()
        + "' (and everything it starts) can read it" : "the later step '" + later.displayName() + "' uploads the "
        + "workspace, .git/config with it, as an artifact anyone who can read the run can download";
    out.step(v.job(), step, "actions/checkout leaves the token in .git/config, and " + reader,
        "add .with(\"persist-credentials\", false); a step that must push can be given the token explicitly");
  }

  // actions/upload-artifact of the workspace root (".", "./", "${{ github.workspace }}") or of .git.
  private static boolean uploadsWorkspace(Step step) {
    ActionUse use = ActionUse.of(step);
    if (use == null || !use.is("actions/upload-artifact")) return false;
    Scalar path = step.with().get("path");
    if (path == null) return false;
    for (String line : path.text().split("\n")) {
      String p = line.strip();
      if (p.equals(".") || p.equals("./") || p.equals("${{ github.workspace }}") || p.startsWith(".git")) return true;
    }
    return false;
  }

  private static boolean isCheckout(Step step) {
    ActionUse use = ActionUse.of(step);
    return use != null && use.is("actions/checkout");
  }

  private static boolean persistsNothing(Step step) {
    Scalar s = step.with().get("persist-credentials");
    return s instanceof Scalar.Bool b ? !b.value() : s instanceof Scalar.Text t && t.value().equalsIgnoreCase("false");
  }
}
