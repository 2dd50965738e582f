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
 * {@code persist-credentials: false}) and a later step of the same job is a {@code run} script:
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
    Step script = steps.subList(v.index() + 1, steps.size()).stream().filter(s -> s.run() != null).findFirst().orElse(null);
    if (script == null) return;
    out.step(v.job(), step, "actions/checkout leaves the token in .git/config, and the later run step '"
            + script.displayName() + "' of job '" + v.job().id() + "' (and everything it starts) can read it",
        "add .with(\"persist-credentials\", false); a step that must push can be given the token explicitly");
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
