package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/** Registry credentials of a container or service image; both values should come from secrets. */
public record Credentials(Scalar username, Scalar password) {
  /** Both from expressions, e.g. {@code Credentials.of(Expr.github("actor"), Expr.secrets("GITHUB_TOKEN"))}. */
  public static Credentials of(Expr username, Expr password) {
    return new Credentials(Scalar.of(username), Scalar.of(password));
  }

  /** Both as text; a password written into a workflow is what the policy rules refuse. */
  public static Credentials of(String username, String password) {
    return new Credentials(Scalar.of(username), Scalar.of(password));
  }
}
