package dev.gha4j.expr;

import java.util.Set;

/**
 * A context name at the root of a property path: {@code github}, {@code needs}, {@code steps}, …
 *
 * @param name the context name, in the case it was written
 */
public record ContextRef(String name) implements Expr {

  /** The contexts GitHub documents; another name is a typo the parser reports. */
  public static final Set<String> KNOWN = Set.of(
      "github", "env", "vars", "job", "jobs", "steps", "runner", "secrets", "strategy", "matrix",
      "needs", "inputs");

  static final ContextRef GITHUB = new ContextRef("github");
  static final ContextRef ENV = new ContextRef("env");
  static final ContextRef VARS = new ContextRef("vars");
  static final ContextRef SECRETS = new ContextRef("secrets");
  static final ContextRef INPUTS = new ContextRef("inputs");
  static final ContextRef MATRIX = new ContextRef("matrix");
  static final ContextRef RUNNER = new ContextRef("runner");
  static final ContextRef JOB = new ContextRef("job");
  static final ContextRef STRATEGY = new ContextRef("strategy");
  static final ContextRef STEPS = new ContextRef("steps");
  static final ContextRef NEEDS = new ContextRef("needs");

  /** Follows a dotted path: {@code path("event.pull_request.title")}. */
  Expr path(String dotted) {
    Expr e = this;
    for (String part : dotted.split("\\.", -1)) e = e.dot(part);
    return e;
  }

  @Override
  public String text() { return name; }

  @Override
  public int precedence() { return Integer.MAX_VALUE; }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) { return visitor.visitContext(this); }

  @Override
  public String toString() { return embed(); }
}
