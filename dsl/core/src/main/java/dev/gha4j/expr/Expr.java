package dev.gha4j.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A GitHub Actions expression, the language inside {@code ${{ }}}, as a small typed tree.
 *
 * <p>{@link #text()} renders the canonical expression text; {@code toString()} renders it wrapped
 * in {@code ${{ }}}, so an expression can be concatenated straight into a script or a {@code with}
 * value: {@code "echo " + Expr.github("sha")} is {@code echo ${{ github.sha }}}.
 *
 * <p>Build expressions from the factories here ({@link #github}, {@link #secrets}, {@link
 * #success()}, {@link #contains}, …) and the operators ({@link #and}, {@link #eq}, …), or parse
 * existing text with {@link #parse}.
 */
public sealed interface Expr permits Literal, ContextRef, Property, Index, Call, Not, Binary {

  /** Canonical expression text, without {@code ${{ }}}. */
  String text();

  /** Binding strength, used to place parentheses only where they are needed. */
  int precedence();

  /** Calls the method of {@code visitor} for this kind of node. */
  <R> R accept(ExprVisitor<R> visitor);

  // ---- contexts -------------------------------------------------------------------------------

  /** {@code github.<path>}, e.g. {@code github("event.pull_request.title")}. */
  static Expr github(String path) { return ContextRef.GITHUB.path(path); }
  /** {@code env.<name>}. */
  static Expr env(String name) { return ContextRef.ENV.dot(name); }
  /** {@code vars.<name>}: a configuration variable of the repository, environment or organisation. */
  static Expr vars(String name) { return ContextRef.VARS.dot(name); }
  /** {@code secrets.<name>}. */
  static Expr secrets(String name) { return ContextRef.SECRETS.dot(name); }
  /** {@code inputs.<name>}: a {@code workflow_dispatch} or {@code workflow_call} input. */
  static Expr inputs(String name) { return ContextRef.INPUTS.dot(name); }
  /** {@code matrix.<axis>}; the validator checks that the job's matrix defines the axis. */
  static Expr matrix(String axis) { return ContextRef.MATRIX.dot(axis); }
  /** {@code runner.<name>}, e.g. {@code runner("temp")}. */
  static Expr runner(String name) { return ContextRef.RUNNER.dot(name); }
  /** {@code job.<path>}, e.g. {@code job("status")}. */
  static Expr job(String path) { return ContextRef.JOB.path(path); }
  /** {@code strategy.<name>}, e.g. {@code strategy("job-index")}. */
  static Expr strategy(String name) { return ContextRef.STRATEGY.dot(name); }
  /** {@code steps.<id>.outputs.<name>}. Prefer {@code step.output(name)} on a built step. */
  static Expr stepOutput(String stepId, String name) {
    return ContextRef.STEPS.dot(stepId).dot("outputs").dot(name);
  }
  /** {@code steps.<id>.outcome} / {@code .conclusion} and friends. */
  static Expr step(String stepId, String property) { return ContextRef.STEPS.dot(stepId).dot(property); }
  /** {@code needs.<jobId>.outputs.<name>}. Prefer {@code job.output(name)} on a built job. */
  static Expr needsOutput(String jobId, String name) {
    return ContextRef.NEEDS.dot(jobId).dot("outputs").dot(name);
  }
  /** {@code needs.<jobId>.result}: success, failure, cancelled or skipped. */
  static Expr needsResult(String jobId) { return ContextRef.NEEDS.dot(jobId).dot("result"); }

  // ---- literals -------------------------------------------------------------------------------

  static Expr literal(String value) { return new Literal(value); }
  static Expr literal(boolean value) { return new Literal(value); }
  static Expr literal(double value) { return new Literal(value); }
  static Expr nullLiteral() { return new Literal(null); }

  // ---- status functions -----------------------------------------------------------------------

  /** {@code success()}: no previous step or needed job failed or was cancelled. */
  static Expr success() { return new Call("success", List.of()); }
  /** {@code failure()}: a previous step, or a needed job or its ancestors, failed. */
  static Expr failure() { return new Call("failure", List.of()); }
  /** {@code always()}: run even when the workflow was cancelled. Prefer {@code !cancelled()}. */
  static Expr always() { return new Call("always", List.of()); }
  /** {@code cancelled()}: the workflow was cancelled. */
  static Expr cancelled() { return new Call("cancelled", List.of()); }

  // ---- functions ------------------------------------------------------------------------------

  static Expr contains(Expr search, Expr item) { return new Call("contains", List.of(search, item)); }
  static Expr startsWith(Expr text, Expr prefix) { return new Call("startsWith", List.of(text, prefix)); }
  static Expr endsWith(Expr text, Expr suffix) { return new Call("endsWith", List.of(text, suffix)); }
  static Expr format(String template, Expr... args) {
    Expr[] all = new Expr[args.length + 1];
    all[0] = literal(template);
    System.arraycopy(args, 0, all, 1, args.length);
    return new Call("format", List.of(all));
  }
  static Expr join(Expr array, String separator) { return new Call("join", List.of(array, literal(separator))); }
  static Expr toJson(Expr value) { return new Call("toJSON", List.of(value)); }
  static Expr fromJson(Expr value) { return new Call("fromJSON", List.of(value)); }
  static Expr hashFiles(String... patterns) {
    return new Call("hashFiles", Arrays.stream(patterns).map(Expr::literal).toList());
  }

  /**
   * {@code case(predicate, value, …, default)}: the value after the first predicate that is
   * {@code true}, else the default. Each predicate must evaluate to a boolean.
   *
   * @param predicate   the first condition
   * @param value       its value
   * @param moreThenDefault further condition/value pairs, then the default
   */
  static Expr caseOf(Expr predicate, Expr value, Expr... moreThenDefault) {
    if (moreThenDefault.length % 2 == 0) {
      throw new IllegalArgumentException("caseOf needs condition/value pairs and then one default value; got "
          + (2 + moreThenDefault.length) + " arguments");
    }
    List<Expr> args = new ArrayList<>(List.of(predicate, value));
    args.addAll(Arrays.asList(moreThenDefault));
    return new Call(Call.CASE, args);
  }

  /**
   * Parses expression text (without {@code ${{ }}}) that may read GitHub's contexts
   * ({@link ContextRef#KNOWN}, in any case); throws {@link ExprSyntaxException}. Empty text is
   * {@code null}, as on GitHub.
   */
  static Expr parse(String text) { return new ExprParser(text, ContextRef.KNOWN).parseAll(); }

  /**
   * Parses expression text that may read only these named values (GitHub's parser is given the
   * contexts of the place the expression is in: {@code secrets} is not available in a job's
   * {@code if:}, for example). Names match in any case and are written back as given here.
   */
  static Expr parse(String text, Collection<String> contexts) {
    return new ExprParser(text, List.copyOf(contexts)).parseAll();
  }

  // ---- operators ------------------------------------------------------------------------------

  default Expr and(Expr other) { return new Binary(Binary.Op.AND, this, other); }
  default Expr or(Expr other) { return new Binary(Binary.Op.OR, this, other); }
  default Expr not() { return new Not(this); }
  default Expr eq(Expr other) { return new Binary(Binary.Op.EQ, this, other); }
  default Expr eq(String other) { return eq(literal(other)); }
  default Expr ne(Expr other) { return new Binary(Binary.Op.NE, this, other); }
  default Expr ne(String other) { return ne(literal(other)); }
  default Expr lt(Expr other) { return new Binary(Binary.Op.LT, this, other); }
  default Expr le(Expr other) { return new Binary(Binary.Op.LE, this, other); }
  default Expr gt(Expr other) { return new Binary(Binary.Op.GT, this, other); }
  default Expr ge(Expr other) { return new Binary(Binary.Op.GE, this, other); }
  /** {@code this.name}. */
  default Expr dot(String name) { return new Property(this, name); }
  /** {@code this[index]}. */
  default Expr at(Expr index) { return new Index(this, index); }

  /**
   * True when the expression calls {@code success()}, {@code failure()}, {@code always()} or
   * {@code cancelled()} anywhere. GitHub applies {@code success() && (...)} to an {@code if:}
   * without one.
   */
  default boolean usesStatusFunction() {
    boolean[] found = {false};
    new ExprScanner() {
      @Override
      public Void visitCall(Call call) {
        if (call.isStatusFunction()) found[0] = true;
        return super.visitCall(call);
      }
    }.scan(this);
    return found[0];
  }

  /** {@code ${{ text }}}, ready to embed in a script or value. */
  default String embed() { return "${{ " + text() + " }}"; }
}
