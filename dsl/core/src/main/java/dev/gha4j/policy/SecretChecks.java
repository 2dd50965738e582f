package dev.gha4j.policy;

import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;

/**
 * Rules about how secrets reach a job: {@link Rule#SECRETS_INHERIT} (a reusable workflow called
 * with every secret), {@link Rule#ALL_SECRETS} (the whole {@code secrets} context put into a
 * value) and {@link Rule#UNREDACTED_SECRET} ({@code fromJSON(secrets.X)}, whose parts GitHub does
 * not mask in logs).
 */
final class SecretChecks {
  private SecretChecks() {}

  static void secretsInherit(WorkflowView v, Reporter out) {
    for (Job job : v.workflow().jobs()) {
      if (!job.isCaller() || !job.secretsInherit()) continue;
      out.job(job, job.location(), "job '" + job.id() + "' calls " + job.uses() + " with secrets: inherit, which hands it "
              + "every secret of the repository and organisation, whatever it needs",
          "pass the secrets the called workflow declares by name: .secret(\"NAME\", Expr.secrets(\"NAME\"))");
    }
  }

  static void allSecrets(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Values.Located l : Values.of(w)) {
      if (wholeContext(l.expr()) != null) out.workflow(w.location(), allSecrets(l, "workflow '" + w.file() + "'"), ALL_FIX);
    }
    for (Job job : w.jobs()) {
      for (Values.Located l : Values.of(job)) {
        if (wholeContext(l.expr()) != null) out.job(job, job.location(), allSecrets(l, "job '" + job.id() + "'"), ALL_FIX);
      }
    }
  }

  static void allSecrets(StepView v, Reporter out) {
    for (Values.Located l : v.values()) {
      if (wholeContext(l.expr()) != null) out.step(v.job(), v.step(), allSecrets(l, "step '" + v.step().displayName() + "'"), ALL_FIX);
    }
  }

  private static final String ALL_FIX = "read each secret it needs by name: Expr.secrets(\"NAME\")";

  private static String allSecrets(Values.Located l, String element) {
    return l.key() + " of " + element + " reads `" + wholeContext(l.expr()) + "`, every secret the repository has, "
        + "so whatever reads the value holds them all";
  }

  /** The node reading the whole secrets context ({@code secrets}, {@code secrets[x]}), or null. */
  private static String wholeContext(Expr e) {
    for (ContextPath p : ContextPath.readBy(e)) {
      if (!p.isIn("secrets")) continue;
      if (p.segments().size() == 1 || p.segments().get(1).equals(ContextPath.ANY)) return p.node().text();
    }
    return null;
  }

  static void unredacted(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      for (Values.Located l : Values.of(job)) {
        String call = fromJsonOfSecret(l.expr());
        if (call != null) out.job(job, job.location(), message(l, call, "job '" + job.id() + "'"), FIX);
      }
    }
  }

  static void unredacted(StepView v, Reporter out) {
    for (Values.Located l : v.values()) {
      String call = fromJsonOfSecret(l.expr());
      if (call != null) out.step(v.job(), v.step(), message(l, call, "step '" + v.step().displayName() + "'"), FIX);
    }
  }

  private static final String FIX = "store each field as a secret of its own and read it by name; GitHub masks only "
      + "whole secret values";

  private static String message(Values.Located l, String call, String element) {
    return l.key() + " of " + element + " reads `" + call + "`: GitHub masks a secret's whole text in logs, not the "
        + "fields parsed out of it, so they can be printed in the clear";
  }

  private static String fromJsonOfSecret(Expr e) {
    String[] found = {null};
    new ExprScanner() {
      @Override
      public Void visitCall(Call call) {
        if (found[0] == null && call.function().equals("fromJSON")
            && ContextPath.readBy(call.args().get(0)).stream().anyMatch(p -> p.isIn("secrets"))) {
          found[0] = call.text();
        }
        return super.visitCall(call);
      }
    }.scan(e);
    return found[0];
  }
}
