package dev.gha4j.policy;

import dev.gha4j.expr.Binary;
import dev.gha4j.expr.Call;
import dev.gha4j.expr.ContextPath;
import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.expr.ExprScanner;
import dev.gha4j.expr.Literal;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions that do not mean what they say: {@link Rule#BOT_CONDITION} ({@code github.actor ==
 * 'dependabot[bot]'}, which anyone can make true), {@link Rule#UNSOUND_CONTAINS} ({@code
 * contains('main,develop', github.ref_name)}, a substring test), {@link Rule#UNSOUND_CONDITION}
 * (an {@code if:} with text outside its {@code ${{ }}}, which is always true) and
 * {@link Rule#UNSOUND_TERNARY} ({@code a && '' || b}, which is {@code b} whenever the middle is
 * empty).
 */
final class ConditionChecks {
  private ConditionChecks() {}

  // ---- bot conditions -------------------------------------------------------------------------

  /** Reports each part of a job's {@code if:} that {@code find} returns, worded by {@code message}. */
  private static void jobs(WorkflowView v, Reporter out, java.util.function.Function<Scalar, List<String>> find,
      java.util.function.BiFunction<String, String, String> message, String fix) {
    for (Job job : v.workflow().jobs()) {
      for (String part : find.apply(job.condition())) out.job(job, job.location(), message.apply("job '" + job.id() + "'", part), fix);
    }
  }

  /** The same for a step's {@code if:}. */
  private static void step(StepView v, Reporter out, java.util.function.Function<Scalar, List<String>> find,
      java.util.function.BiFunction<String, String, String> message, String fix) {
    for (String part : find.apply(v.step().condition())) {
      out.step(v.job(), v.step(), message.apply("step '" + v.step().displayName() + "'", part), fix);
    }
  }

  static void botCondition(WorkflowView v, Reporter out) {
    jobs(v, out, ConditionChecks::botTests, ConditionChecks::botMessage, BOT_FIX);
  }

  static void botCondition(StepView v, Reporter out) {
    step(v, out, ConditionChecks::botTests, ConditionChecks::botMessage, BOT_FIX);
  }

  private static final String BOT_FIX = "test who opened the pull request, github.event.pull_request.user.login, "
      + "and what it changes; a bot's pull request can carry commits from anyone";

  private static String botMessage(String element, String test) {
    return "the if: of " + element + " tests `" + test + "`, but github.actor is whoever last acted on the run "
        + "(e.g. the bot, after someone else pushed to its branch), so an attacker can make it true";
  }

  /** What a scanner made for the list collects from every expression of a condition. */
  private static List<String> parts(Scalar condition, java.util.function.Function<List<String>, ExprScanner> scanner) {
    List<String> found = new ArrayList<>();
    if (condition == null) return found;
    for (Expr e : ExprPaths.condition(condition)) scanner.apply(found).scan(e);
    return found;
  }

  private static List<String> botTests(Scalar condition) {
    return parts(condition, found -> new ExprScanner() {
      @Override
      public Void visitBinary(Binary b) {
        if ((b.op() == Binary.Op.EQ || b.op() == Binary.Op.NE) && (isBotTest(b.left(), b.right()) || isBotTest(b.right(), b.left()))) {
          found.add(b.text());
        }
        return super.visitBinary(b);
      }
    });
  }

  private static boolean isBotTest(Expr actor, Expr value) {
    ContextPath p = ContextPath.of(actor);
    if (p == null || p.segments().size() != 2 || !p.isIn("github")) return false;
    String field = p.segments().get(1);
    if (!(value instanceof Literal l)) return false;
    if (field.equalsIgnoreCase("actor") || field.equalsIgnoreCase("triggering_actor")) {
      return l.value() instanceof String s && s.endsWith("[bot]");
    }
    return field.equalsIgnoreCase("actor_id") && (l.value() instanceof Number || l.value() instanceof String s && s.matches("\\d+"));
  }

  // ---- contains on a string -------------------------------------------------------------------

  static void unsoundContains(WorkflowView v, Reporter out) {
    jobs(v, out, ConditionChecks::stringContains, ConditionChecks::containsMessage, CONTAINS_FIX);
  }

  static void unsoundContains(StepView v, Reporter out) {
    step(v, out, ConditionChecks::stringContains, ConditionChecks::containsMessage, CONTAINS_FIX);
  }

  private static final String CONTAINS_FIX = "test against a list: contains(fromJSON('[\"main\", \"develop\"]'), "
      + "github.ref_name), or compare with ==";

  private static String containsMessage(String element, String call) {
    return "the if: of " + element + " tests `" + call + "`, a substring test on text, so any part of it "
        + "(a branch named 'mai' or 'n,dev') passes too";
  }

  private static List<String> stringContains(Scalar condition) {
    return parts(condition, found -> new ExprScanner() {
      @Override
      public Void visitCall(Call c) {
        if (c.function().equals("contains") && c.args().get(0) instanceof Literal l && l.value() instanceof String
            && !ContextPath.readBy(c.args().get(1)).isEmpty()) {
          found.add(c.text());
        }
        return super.visitCall(c);
      }
    });
  }

  // ---- text around ${{ }} ---------------------------------------------------------------------

  static void unsoundCondition(WorkflowView v, Reporter out) {
    for (Job job : v.workflow().jobs()) {
      if (alwaysTrue(job.condition())) {
        out.job(job, job.location(), unsoundMessage("job '" + job.id() + "'", job.condition()), UNSOUND_FIX);
      }
    }
  }

  static void unsoundCondition(StepView v, Reporter out) {
    Step step = v.step();
    if (alwaysTrue(step.condition())) {
      out.step(v.job(), step, unsoundMessage("step '" + step.displayName() + "'", step.condition()), UNSOUND_FIX);
    }
  }

  private static final String UNSOUND_FIX = "make the whole if: one expression: .when(Expr...) or \"${{ ... }}\" with "
      + "nothing around it (in YAML, a block scalar needs |- or >- so that no line break is left)";

  private static String unsoundMessage(String element, Scalar condition) {
    return "the if: of " + element + ", `" + condition.text().replace("\n", "\\n") + "`, has text outside its ${{ }}, "
        + "so GitHub reads it as a non-empty string, which is always true";
  }

  // The model keeps a condition that is not exactly one ${{ }} as written (see Conditions).
  private static boolean alwaysTrue(Scalar condition) {
    return condition instanceof Scalar.Text t && Embedded.hasExpression(t.value());
  }

  // ---- a && '' || b ----------------------------------------------------------------------------

  static void unsoundTernary(WorkflowView v, Reporter out) {
    for (Job job : v.workflow().jobs()) {
      for (Values.Located l : Values.of(job)) {
        for (String t : ternaries(l.expr())) out.job(job, job.location(), ternaryMessage(l.key(), "job '" + job.id() + "'", t), TERNARY_FIX);
      }
    }
  }

  static void unsoundTernary(StepView v, Reporter out) {
    for (Values.Located l : v.values()) {
      for (String t : ternaries(l.expr())) {
        out.step(v.job(), v.step(), ternaryMessage(l.key(), "step '" + v.step().displayName() + "'", t), TERNARY_FIX);
      }
    }
  }

  private static final String TERNARY_FIX = "use case(condition, value, fallback), or a value that is never empty";

  private static String ternaryMessage(String key, String element, String ternary) {
    return key + " of " + element + " uses `" + ternary + "` as if-then-else, but its middle value is falsy, "
        + "so the result is always the fallback";
  }

  private static List<String> ternaries(Expr e) {
    List<String> found = new ArrayList<>();
    new ExprScanner() {
      @Override
      public Void visitBinary(Binary b) {
        if (b.op() == Binary.Op.OR && b.left() instanceof Binary and && and.op() == Binary.Op.AND && falsy(and.right())) {
          found.add(b.text());
        }
        return super.visitBinary(b);
      }
    }.scan(e);
    return found;
  }

  private static boolean falsy(Expr e) {
    if (!(e instanceof Literal l)) return false;
    Object v = l.value();
    return v == null || v.equals("") || Boolean.FALSE.equals(v) || v instanceof Number n && n.doubleValue() == 0;
  }
}
