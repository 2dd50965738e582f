package dev.gha4j.policy;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import dev.gha4j.expr.Index;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import dev.gha4j.model.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link Rule#OBFUSCATION}: what makes a reviewer read something else than what runs. A
 * {@code uses:} path with {@code //}, {@code /./}, {@code /../} or a trailing {@code /} names an
 * action other than it seems to (or the same one, in a form no tool matches); an expression that
 * reads no context ({@code ${{ 'a' }}}, {@code format('{0}', 'abc')}, {@code true || false}) is
 * a constant written so that it does not look like one.
 */
final class ObfuscationChecks {
  private static final Pattern ODD_PATH = Pattern.compile(".*(//|/\\./|/\\.\\./|/\\.$|/\\.\\.$|/$).*");

  private ObfuscationChecks() {}

  static void obfuscation(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use != null && !use.docker() && ODD_PATH.matcher(use.repository()).matches()) {
      out.step(v.job(), v.step(), "step uses `" + use.repository() + "`, a path with empty, . or .. parts that hides which "
          + "action runs", "write the action's plain path, owner/repo[/path]");
    }
    for (Values.Located l : v.values()) {
      if (l.key().equals("if")) continue; // `if: false` is the usual way to switch a step off
      for (String constant : constants(l.expr())) {
        out.step(v.job(), v.step(), l.key() + " of step '" + v.step().displayName() + "' computes `" + constant
            + "`, which reads no context: a constant in disguise", "write the value itself");
      }
    }
  }

  static void obfuscation(WorkflowView v, Reporter out) {
    for (Job job : v.workflow().jobs()) {
      for (Values.Located l : Values.of(job)) {
        if (l.key().equals("if")) continue;
        for (String constant : constants(l.expr())) {
          out.job(job, job.location(), l.key() + " of job '" + job.id() + "' computes `" + constant
              + "`, which reads no context: a constant in disguise", "write the value itself");
        }
      }
    }
  }

  /** The largest subexpressions that read no context and are not a plain literal. */
  static List<String> constants(Expr e) {
    List<String> found = new ArrayList<>();
    if (e instanceof Literal) {
      found.add(e.text());
      return found;
    }
    new ExprScanner() {
      // fromJSON('[...]') is how an expression writes a list or an object: a literal, not a disguise.
      private boolean constant(Expr x) {
        if (x instanceof Call c && c.function().equals("fromJSON") && c.args().get(0) instanceof Literal) return false;
        return !(x instanceof Literal) && ContextPath.readBy(x).isEmpty() && !hasStatusOrFileCall(x);
      }

      // A constant node is reported whole; otherwise the scan goes on below it.
      private boolean reported(Expr x) {
        if (!constant(x)) return false;
        found.add(x.text());
        return true;
      }

      @Override
      public Void visitCall(Call c) {
        return reported(c) ? null : super.visitCall(c);
      }

      @Override
      public Void visitBinary(Binary b) {
        return reported(b) ? null : super.visitBinary(b);
      }

      @Override
      public Void visitNot(Not n) {
        return reported(n) ? null : super.visitNot(n);
      }

      @Override
      public Void visitIndex(Index i) {
        if (!(i.index() instanceof Literal) && constant(i.index())) {
          found.add(i.index().text());
          return i.target().accept(this);
        }
        return super.visitIndex(i);
      }
    }.scan(e);
    return found;
  }

  // success(), always(), hashFiles(...) read the run's state or the workspace, not a context.
  private static boolean hasStatusOrFileCall(Expr x) {
    boolean[] found = {false};
    new ExprScanner() {
      @Override
      public Void visitCall(Call c) {
        if (c.isStatusFunction() || c.function().equals("hashFiles")) found[0] = true;
        return super.visitCall(c);
      }
    }.scan(x);
    return found[0];
  }
}
