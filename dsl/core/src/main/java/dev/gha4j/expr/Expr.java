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

  /**
   * {@return the canonical expression text, without {@code ${{ }}}: what the YAML holds between
   * the braces, with parentheses only where precedence needs them}
   */
  String text();

  /**
   * {@return how tightly this node binds: higher binds tighter, and {@link #text()} wraps a child
   * in parentheses only when it binds less tightly than its place needs}
   */
  int precedence();

  /**
   * Calls the method of {@code visitor} for this kind of node.
   *
   * @param visitor the fold to apply to this node
   * @param <R>     what the visitor returns
   * @return what the visitor's method for this node returned
   */
  <R> R accept(ExprVisitor<R> visitor);

  // ---- contexts -------------------------------------------------------------------------------
  // A path part that is not a property name (letters, digits, '_', '-') throws
  // IllegalArgumentException; reach such keys with at(literal(...)).

  /**
   * {@return {@code github.<path>}, e.g. {@code github("event.pull_request.title")}}
   *
   * @param path dotted path in the {@code github} context, e.g. {@code ref_name} or {@code event.action}
   */
  static Expr github(String path) { return ContextRef.GITHUB.path(path); }

  /**
   * {@return {@code env.<name>}}
   *
   * @param name a variable set under {@code env:} of the workflow, job or step, or by the runner
   */
  static Expr env(String name) { return ContextRef.ENV.dot(name); }

  /**
   * {@return {@code vars.<name>}: a configuration variable of the repository, environment or organisation}
   *
   * @param name the variable as named in the settings; an unset variable reads as an empty string
   */
  static Expr vars(String name) { return ContextRef.VARS.dot(name); }

  /**
   * {@return {@code secrets.<name>}; GitHub masks the value in logs}
   *
   * @param name the secret, e.g. {@code GITHUB_TOKEN}; an unset secret reads as an empty string
   */
  static Expr secrets(String name) { return ContextRef.SECRETS.dot(name); }

  /**
   * {@return {@code inputs.<name>}: a {@code workflow_dispatch} or {@code workflow_call} input}
   *
   * @param name the input's id as declared under the trigger's {@code inputs:}
   */
  static Expr inputs(String name) { return ContextRef.INPUTS.dot(name); }

  /**
   * {@return {@code matrix.<axis>}; the validator checks that the job's matrix defines the axis}
   *
   * @param axis an axis of the job's {@code strategy.matrix}, or a key an {@code include} adds
   */
  static Expr matrix(String axis) { return ContextRef.MATRIX.dot(axis); }

  /**
   * {@return {@code runner.<name>}, e.g. {@code runner("temp")}}
   *
   * @param name {@code os}, {@code arch}, {@code name}, {@code temp}, {@code tool_cache},
   *     {@code environment}, {@code debug} or {@code workspace}
   */
  static Expr runner(String name) { return ContextRef.RUNNER.dot(name); }

  /**
   * {@return {@code job.<path>}, e.g. {@code job("status")}}
   *
   * @param path dotted path in the {@code job} context, e.g. {@code status} or {@code container.id}
   */
  static Expr job(String path) { return ContextRef.JOB.path(path); }

  /**
   * {@return {@code strategy.<name>}, e.g. {@code strategy("job-index")}}
   *
   * @param name {@code fail-fast}, {@code job-index}, {@code job-total} or {@code max-parallel}
   */
  static Expr strategy(String name) { return ContextRef.STRATEGY.dot(name); }

  /**
   * {@return {@code steps.<id>.outputs.<name>}} Prefer {@code step.output(name)} on a built step.
   *
   * @param stepId the {@code id:} of an earlier step of the same job
   * @param name   an output that step writes to {@code $GITHUB_OUTPUT} (or its action declares)
   */
  static Expr stepOutput(String stepId, String name) {
    return ContextRef.STEPS.dot(stepId).dot("outputs").dot(name);
  }

  /**
   * {@return {@code steps.<id>.<property>}, e.g. the step's {@code outcome} or {@code conclusion}}
   *
   * @param stepId   the {@code id:} of an earlier step of the same job
   * @param property {@code outcome} (before {@code continue-on-error}), {@code conclusion} (after it)
   *     or {@code outputs}
   */
  static Expr step(String stepId, String property) { return ContextRef.STEPS.dot(stepId).dot(property); }

  /**
   * {@return {@code needs.<jobId>.outputs.<name>}} Prefer {@code job.output(name)} on a built job.
   *
   * @param jobId a job listed in this job's {@code needs:}
   * @param name  an output declared under that job's {@code outputs:}
   */
  static Expr needsOutput(String jobId, String name) {
    return ContextRef.NEEDS.dot(jobId).dot("outputs").dot(name);
  }

  /**
   * {@return {@code needs.<jobId>.result}: {@code success}, {@code failure}, {@code cancelled} or
   * {@code skipped}}
   *
   * @param jobId a job listed in this job's {@code needs:}
   */
  static Expr needsResult(String jobId) { return ContextRef.NEEDS.dot(jobId).dot("result"); }

  // ---- literals -------------------------------------------------------------------------------

  /**
   * {@return the string literal {@code 'value'}, with single quotes inside doubled}
   *
   * @param value any text; {@code null} gives the {@code null} literal
   */
  static Expr literal(String value) { return new Literal(value); }

  /**
   * {@return the literal {@code true} or {@code false}}
   *
   * @param value the boolean to write
   */
  static Expr literal(boolean value) { return new Literal(value); }

  /**
   * {@return a number literal, e.g. {@code 3} or {@code 0.5}}
   *
   * @param value the number; whole numbers below 10<sup>15</sup> are written without a decimal point
   */
  static Expr literal(double value) { return new Literal(value); }

  /** {@return the {@code null} literal, e.g. to compare an optional input with} */
  static Expr nullLiteral() { return new Literal(null); }

  // ---- status functions -----------------------------------------------------------------------

  /** {@return {@code success()}: no previous step or needed job failed or was cancelled} */
  static Expr success() { return new Call("success", List.of()); }
  /** {@return {@code failure()}: a previous step, or a needed job or its ancestors, failed} */
  static Expr failure() { return new Call("failure", List.of()); }
  /** {@return {@code always()}: run even when the workflow was cancelled} Prefer {@code !cancelled()}. */
  static Expr always() { return new Call("always", List.of()); }
  /** {@return {@code cancelled()}: the workflow was cancelled} */
  static Expr cancelled() { return new Call("cancelled", List.of()); }

  // ---- functions ------------------------------------------------------------------------------

  /**
   * {@return {@code contains(search, item)}: whether a string holds a substring, or an array an
   * element; strings compare ignoring case}
   *
   * @param search the string or array to look in, e.g. {@code github("event.issue.labels.*.name")}
   * @param item   the substring or element to look for
   */
  static Expr contains(Expr search, Expr item) { return new Call("contains", List.of(search, item)); }

  /**
   * {@return {@code startsWith(text, prefix)}, ignoring case}
   *
   * @param text   the string to test, e.g. {@code github("ref")}
   * @param prefix what it must start with, e.g. {@code literal("refs/tags/")}
   */
  static Expr startsWith(Expr text, Expr prefix) { return new Call("startsWith", List.of(text, prefix)); }

  /**
   * {@return {@code endsWith(text, suffix)}, ignoring case}
   *
   * @param text   the string to test
   * @param suffix what it must end with
   */
  static Expr endsWith(Expr text, Expr suffix) { return new Call("endsWith", List.of(text, suffix)); }

  /**
   * {@return {@code format('template', args…)}: the template with {@code {0}}, {@code {1}}, …
   * replaced by the arguments; <code>{{</code> and <code>}}</code> are literal braces}
   *
   * @param template the text with numbered placeholders, written as a string literal
   * @param args     the values for the placeholders, in order
   */
  static Expr format(String template, Expr... args) {
    Expr[] all = new Expr[args.length + 1];
    all[0] = literal(template);
    System.arraycopy(args, 0, all, 1, args.length);
    return new Call("format", List.of(all));
  }

  /**
   * {@return {@code join(array, 'separator')}: the elements as one string}
   *
   * @param array     the array, e.g. {@code github("event.issue.labels.*.name")}
   * @param separator put between elements (GitHub's default, when omitted in YAML, is {@code ,})
   */
  static Expr join(Expr array, String separator) { return new Call("join", List.of(array, literal(separator))); }

  /**
   * {@return {@code toJSON(value)}: the value as pretty-printed JSON, e.g. to log a context}
   *
   * @param value any value, e.g. {@code github("event")}
   */
  static Expr toJson(Expr value) { return new Call("toJSON", List.of(value)); }

  /**
   * {@return {@code fromJSON(value)}: JSON text as an object, array, number or boolean}
   *
   * @param value JSON text, e.g. a job output that holds a dynamic matrix
   */
  static Expr fromJson(Expr value) { return new Call("fromJSON", List.of(value)); }

  /**
   * {@return {@code hashFiles('pattern', …)}: one SHA-256 over the matching files, or an empty
   * string when none match; the usual cache key}
   *
   * @param patterns glob patterns relative to {@code GITHUB_WORKSPACE}, e.g. {@code **}{@code /pom.xml};
   *     a pattern starting with {@code !} excludes
   */
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
   * @return the {@code case(…)} call
   * @throws IllegalArgumentException when the arguments do not end in a single default
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
   *
   * @param text the expression, e.g. {@code github.event_name == 'push'}
   * @return the expression tree; {@link #text()} gives the text back in canonical form
   * @throws ExprSyntaxException when the text is not a valid expression or reads an unknown context
   */
  static Expr parse(String text) { return new ExprParser(text, ContextRef.KNOWN).parseAll(); }

  /**
   * Parses expression text that may read only these named values (GitHub's parser is given the
   * contexts of the place the expression is in: {@code secrets} is not available in a job's
   * {@code if:}, for example). Names match in any case and are written back as given here.
   *
   * @param text     the expression, without {@code ${{ }}}
   * @param contexts the context names the expression may read, e.g. {@code [github, needs, vars]}
   * @return the expression tree
   * @throws ExprSyntaxException when the text is not valid or reads a context not in {@code contexts}
   */
  static Expr parse(String text, Collection<String> contexts) {
    return new ExprParser(text, List.copyOf(contexts)).parseAll();
  }

  // ---- operators ------------------------------------------------------------------------------

  /**
   * {@return {@code this && other}: GitHub yields the first falsy operand, else the last one}
   *
   * @param other the right operand
   */
  default Expr and(Expr other) { return new Binary(Binary.Op.AND, this, other); }

  /**
   * {@return {@code this || other}: GitHub yields the first truthy operand, else the last one}
   *
   * @param other the right operand
   */
  default Expr or(Expr other) { return new Binary(Binary.Op.OR, this, other); }

  /** {@return {@code !this}, parenthesised where needed} */
  default Expr not() { return new Not(this); }

  /**
   * {@return {@code this == other}: strings compare ignoring case; values of different types are
   * compared as numbers}
   *
   * @param other the right operand
   */
  default Expr eq(Expr other) { return new Binary(Binary.Op.EQ, this, other); }

  /**
   * {@return {@code this == 'other'}, e.g. {@code github("event_name").eq("push")}}
   *
   * @param other the string literal to compare with, ignoring case
   */
  default Expr eq(String other) { return eq(literal(other)); }

  /**
   * {@return {@code this != other}, with the coercions of {@link #eq(Expr)}}
   *
   * @param other the right operand
   */
  default Expr ne(Expr other) { return new Binary(Binary.Op.NE, this, other); }

  /**
   * {@return {@code this != 'other'}}
   *
   * @param other the string literal to compare with, ignoring case
   */
  default Expr ne(String other) { return ne(literal(other)); }

  // The orderings compare numbers, or strings ignoring case; mixed types compare as numbers.

  /**
   * {@return {@code this < other}}
   *
   * @param other the right operand
   */
  default Expr lt(Expr other) { return new Binary(Binary.Op.LT, this, other); }

  /**
   * {@return {@code this <= other}}
   *
   * @param other the right operand
   */
  default Expr le(Expr other) { return new Binary(Binary.Op.LE, this, other); }

  /**
   * {@return {@code this > other}}
   *
   * @param other the right operand
   */
  default Expr gt(Expr other) { return new Binary(Binary.Op.GT, this, other); }

  /**
   * {@return {@code this >= other}}
   *
   * @param other the right operand
   */
  default Expr ge(Expr other) { return new Binary(Binary.Op.GE, this, other); }

  /**
   * {@return {@code this.name}}
   *
   * @param name a property name (letters, digits, {@code _}, {@code -}) or {@code *} for every
   *     value; anything else throws {@link IllegalArgumentException} (use {@link #at} instead)
   */
  default Expr dot(String name) { return new Property(this, name); }

  /**
   * {@return {@code this[index]}}
   *
   * @param index the key or position, e.g. {@code literal("my key")} or {@code matrix("i")}
   */
  default Expr at(Expr index) { return new Index(this, index); }

  /**
   * {@return whether the expression calls {@code success()}, {@code failure()}, {@code always()}
   * or {@code cancelled()} anywhere} GitHub applies {@code success() && (...)} to an {@code if:}
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

  /** {@return {@code ${{ text }}}, ready to embed in a script or value} */
  default String embed() { return "${{ " + text() + " }}"; }
}
