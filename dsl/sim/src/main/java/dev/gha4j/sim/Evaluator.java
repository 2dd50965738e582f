package dev.gha4j.sim;

import dev.gha4j.expr.Embedded;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Scalar;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Evaluates GitHub expressions over contexts ({@code github}, {@code env}, {@code steps}, …, as
 * one {@link Value.Dictionary}), with {@link Status} answering the status functions. A path that
 * does not exist evaluates to null, as on GitHub.
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.of(Value.dictionary(Map.of("github", Map.of("ref", "refs/heads/main"))));
 * ev.evaluate("github.ref == 'REFS/HEADS/MAIN'")   // Value.of(true): string equality ignores case
 * ev.interpolate("ref=${{ github.ref }}")          // "ref=refs/heads/main"
 * }</pre>
 */
public final class Evaluator {
  private final Value.Dictionary contexts;
  private final Status status;
  private final Function<List<String>, String> hashFiles;

  private Evaluator(Value.Dictionary contexts, Status status, Function<List<String>, String> hashFiles) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.status = Objects.requireNonNull(status, "status");
    this.hashFiles = Objects.requireNonNull(hashFiles, "hashFiles");
  }

  /**
   * An evaluator over these contexts, where nothing failed and {@code hashFiles} is a fake hash.
   *
   * @param contexts the contexts by name, e.g. {@code github}, {@code env}, {@code matrix}; not null
   * @return an evaluator whose status functions answer {@link Status#SUCCESS}
   */
  public static Evaluator of(Value.Dictionary contexts) {
    return new Evaluator(contexts, Status.SUCCESS, Functions::fakeHash);
  }

  /**
   * The same evaluator with the status functions answering from {@code value}.
   *
   * @param value what {@code success()}, {@code failure()} and {@code cancelled()} answer; not null
   * @return a copy; this evaluator is left as it was
   */
  public Evaluator status(Status value) {
    return new Evaluator(contexts, value, hashFiles);
  }

  /**
   * The same evaluator with {@code hashFiles(patterns…)} answered by {@code value}.
   *
   * @param value gives the hash for the patterns as written; not null
   * @return a copy; this evaluator is left as it was
   */
  public Evaluator hashFiles(Function<List<String>, String> value) {
    return new Evaluator(contexts, status, value);
  }

  /**
   * The value of expression text, which may read any of GitHub's contexts.
   *
   * @param text an expression without {@code ${{ }}}, e.g. {@code github.ref == 'refs/heads/main'}
   * @return its value; a path that does not exist is {@link Value#NULL}
   * @throws EvaluationException where GitHub fails the expression, e.g. invalid JSON for {@code fromJSON}
   * @throws dev.gha4j.expr.ExprSyntaxException when the text is not a valid expression
   */
  public Value evaluate(String text) {
    return evaluate(Expr.parse(text));
  }

  /**
   * The value of an expression of the model.
   *
   * @param e the expression, e.g. {@code Expr.github("ref")}
   * @return its value; a path that does not exist is {@link Value#NULL}
   * @throws EvaluationException where GitHub fails the expression
   */
  public Value evaluate(Expr e) {
    return new Evaluation(contexts, status, hashFiles).eval(e);
  }

  /**
   * An {@code if:} condition. "A default status check of success() is applied unless you include
   * one of these functions": without a status function the condition means
   * {@code success() && (<condition>)}. Text wrapped in {@code ${{ }}} is accepted too.
   *
   * @param text the condition as written in the YAML; null or blank is {@code success()}
   * @return whether the job or step runs
   * @throws EvaluationException where GitHub fails the expression
   * @throws dev.gha4j.expr.ExprSyntaxException when the text is not a valid expression
   */
  public boolean condition(String text) {
    if (text == null || text.isBlank()) return status.success();
    return holds(Expr.parse(strip(text)));
  }

  /**
   * A value of the model: an expression is evaluated as it is (no text is parsed again), text as
   * by {@link #resolve(String)}, booleans and numbers as themselves.
   *
   * @param s a value of a workflow, job or step (an {@code env} entry, an input, {@code continue-on-error})
   * @return its value
   * @throws EvaluationException where GitHub fails an expression in it
   */
  public Value value(Scalar s) {
    if (s instanceof Scalar.Expression e) return evaluate(e.expr());
    if (s instanceof Scalar.Text t) return resolve(t.value());
    return literal(s);
  }

  /** A boolean or number of the model as a value; text as it is (not evaluated); an expression as its {@code ${{ }}} text. */
  static Value literal(Scalar s) {
    if (s instanceof Scalar.Bool b) return Value.of(b.value());
    if (s instanceof Scalar.Number n) return Value.of(n.value());
    return Value.of(s.text());
  }

  /** An {@code if:} as the YAML writes it: an expression bare, text as given; null when absent. */
  static String written(Scalar condition) {
    if (condition instanceof Scalar.Expression e) return e.expr().text();
    return condition == null ? null : condition.text();
  }

  /**
   * A value of the model as the text the runner sets (an environment variable, an output).
   *
   * @param s a value of a workflow, job or step
   * @return its text
   * @throws EvaluationException where an expression fails, or gives an array or object where text is needed
   */
  public String interpolate(Scalar s) {
    if (s instanceof Scalar.Text t) return interpolate(t.value());
    return text(value(s), s.text());
  }

  /**
   * An {@code if:} of the model; see {@link #condition(String)}.
   *
   * @param s the job's or step's condition; null (absent) is {@code success()}
   * @return whether the job or step runs
   * @throws EvaluationException where GitHub fails the expression
   */
  public boolean condition(Scalar s) {
    if (s == null) return status.success();
    if (!(s instanceof Scalar.Expression e)) return condition(s.text());
    return holds(e.expr());
  }

  // GitHub's implied `success() &&` before a condition that calls no status function.
  private boolean holds(Expr condition) {
    return (condition.usesStatusFunction() || status.success()) && evaluate(condition).truthy();
  }

  /**
   * Text with every {@code ${{ }}} replaced by its value as text, as the runner does: GitHub turns
   * {@code a ${{ x }} b} into {@code format('a {0} b', x)}, so an array reads {@code Array} and an
   * object {@code Object}. A value that is one whole expression giving an array or object is an
   * error, as on GitHub, where such a value is not text (use {@code toJSON}).
   *
   * @param text text with embedded expressions, e.g. {@code ref=${{ github.ref }}}; or null
   * @return the text with every expression replaced; null for null
   * @throws EvaluationException where an expression fails, or the whole text is an array or object
   */
  public String interpolate(String text) {
    if (text == null || !Embedded.hasExpression(text)) return text;
    Value whole = wholeExpression(text);
    if (whole != null) return text(whole, text.strip());
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Embedded.Occurrence o : Embedded.find(text)) {
      out.append(text, from, o.offset() - 3);
      out.append(evaluate(o.parse()).asText());
      from = closingEnd(text, o);
    }
    out.append(text.substring(Math.min(from, text.length())));
    return out.toString();
  }

  /**
   * A value that may be one whole expression ({@code ${{ fromJSON(x) }}} keeps its type) or text
   * with embedded expressions (a string).
   *
   * @param text a value as written in the YAML, e.g. {@code ${{ fromJSON(needs.plan.outputs.targets) }}}; or null
   * @return its value; {@link Value#NULL} for null
   * @throws EvaluationException where GitHub fails an expression in it
   */
  public Value resolve(String text) {
    if (text == null) return Value.NULL;
    Value whole = wholeExpression(text);
    return whole != null ? whole : Value.of(interpolate(text));
  }

  // A value where the runner needs text: an array or object is not text on GitHub.
  private static String text(Value v, String written) {
    if (!v.isPrimitive()) {
      throw new EvaluationException("'" + written + "' is " + (v instanceof Value.Array ? "an array" : "an object")
          + ", where GitHub needs text; write toJSON(...) to pass it as JSON");
    }
    return v.asText();
  }

  // The value when the text is exactly one ${{ }} (white space around it aside), else null.
  private Value wholeExpression(String text) {
    String s = text.strip();
    List<Embedded.Occurrence> found = Embedded.find(s);
    if (found.size() == 1 && s.startsWith("${{") && closingEnd(s, found.get(0)) == s.length()) {
      return evaluate(found.get(0).parse());
    }
    return null;
  }

  // The index just past the "}}" that ends this occurrence; like Embedded, a quoted "}}" does not end it.
  private static int closingEnd(String text, Embedded.Occurrence o) {
    boolean quoted = false;
    for (int i = o.offset(); i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') quoted = !quoted;
      else if (!quoted && c == '}' && text.charAt(i + 1) == '}') return i + 2;
    }
    return text.length();
  }

  private static String strip(String text) {
    String s = text.strip();
    if (s.startsWith("${{") && s.endsWith("}}")) return s.substring(3, s.length() - 2);
    return s;
  }
}
