package dev.gha4j.review;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import dev.gha4j.expr.ExprSyntaxException;
import dev.gha4j.expr.Literal;
import dev.gha4j.expr.Not;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code if:} of a job or step. {@code text} is the canonical expression text, so that
 * {@code ${{ a == 'x' }}}, {@code a=='x'} and {@code (a == 'x')} compare equal; text that is not a
 * valid expression is kept as written.
 *
 * @param text the canonical text
 * @param expr the parsed expression, or null when the text does not parse
 */
record Condition(String text, Expr expr) {

  /** When a job with this condition runs relative to the jobs it needs, as far as the status functions say. */
  enum Run {
    /** No status function, or {@code success()}: only after the needed jobs succeeded. */
    ON_SUCCESS(""),
    /** {@code failure()}: only after a needed job (or one before it) failed. */
    ON_FAILURE("on failure"),
    /** {@code !cancelled()}: after success or failure, not after a cancel. */
    UNLESS_CANCELLED("unless cancelled"),
    /** {@code always()}: whatever happened before. */
    ALWAYS("always"),
    /** {@code cancelled()}: only when the run was cancelled. */
    IF_CANCELLED("if cancelled");

    /** The words on a graph edge; empty for an ordinary edge. */
    final String label;

    Run(String label) {
      this.label = label;
    }
  }

  /** Reads {@code raw}, the value of an {@code if:}; null for null. */
  static Condition read(String raw) {
    if (raw == null) return null;
    String source = raw.strip();
    List<Embedded.Occurrence> found = Embedded.find(source);
    // GitHub evaluates `${{ x }}` and `x` alike when the expression is the whole value.
    if (found.size() == 1 && source.startsWith("${{") && source.endsWith("}}") && found.get(0).closed()) {
      source = found.get(0).source();
    }
    try {
      Expr e = Expr.parse(source);
      return new Condition(e.text(), e);
    } catch (ExprSyntaxException e) {
      return new Condition(source, null);
    }
  }

  /**
   * The results of job {@code need} the condition tests for with {@code ==}, lower case, in the order
   * written: {@code needs.deploy.result == 'failure' || needs.deploy.result == 'cancelled'} gives
   * {@code [failure, cancelled]}. Empty when it tests none.
   */
  List<String> resultsTested(String need) {
    List<String> results = new ArrayList<>();
    if (expr == null) return results;
    new ExprScanner() {
      @Override
      public Void visitBinary(Binary b) {
        if (b.op() == Binary.Op.EQ) {
          String r = result(b.left(), b.right(), need);
          if (r == null) r = result(b.right(), b.left(), need);
          if (r != null && !results.contains(r)) results.add(r);
        }
        return super.visitBinary(b);
      }
    }.scan(expr);
    return results;
  }

  // The literal compared with needs.<need>.result, or null when the pair is something else.
  private static String result(Expr path, Expr value, String need) {
    ContextPath p = ContextPath.of(path);
    boolean isResult = p != null && p.segments().size() == 3 && p.isIn("needs")
        && p.segment(1).equalsIgnoreCase(need) && p.segment(2).equalsIgnoreCase("result");
    return isResult && value instanceof Literal l && l.value() instanceof String s ? s.toLowerCase(Locale.ROOT) : null;
  }

  /** The strongest status function the condition calls, in the order failure, always, !cancelled, cancelled. */
  Run run() {
    if (expr == null) return Run.ON_SUCCESS;
    List<String> calls = new ArrayList<>();
    new ExprScanner() {
      @Override
      public Void visitNot(Not not) {
        if (not.operand() instanceof Call c && c.function().equalsIgnoreCase("cancelled")) {
          calls.add("!cancelled");
          return null;
        }
        return super.visitNot(not);
      }

      @Override
      public Void visitCall(Call call) {
        calls.add(call.function().toLowerCase(java.util.Locale.ROOT));
        return super.visitCall(call);
      }
    }.scan(expr);
    if (calls.contains("failure")) return Run.ON_FAILURE;
    if (calls.contains("always")) return Run.ALWAYS;
    if (calls.contains("!cancelled")) return Run.UNLESS_CANCELLED;
    if (calls.contains("cancelled")) return Run.IF_CANCELLED;
    return Run.ON_SUCCESS;
  }
}
