package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/**
 * Registry credentials of a container or service image; both values should come from secrets.
 *
 * @param username {@code username:}
 * @param password {@code password:}
 */
public record Credentials(Scalar username, Scalar password) {
  /**
   * {@return credentials from expressions, e.g.
   * {@code Credentials.of(Expr.github("actor"), Expr.secrets("GITHUB_TOKEN"))} for {@code ghcr.io}}
   *
   * @param username the registry user
   * @param password the password or token, from a secret
   */
  public static Credentials of(Expr username, Expr password) {
    return new Credentials(Scalar.of(username), Scalar.of(password));
  }

  /**
   * {@return credentials as text; a password written into a workflow is what the policy rules refuse}
   *
   * @param username the registry user
   * @param password text that should embed a secret, e.g. <code>"${{ secrets.REGISTRY_TOKEN }}"</code>
   */
  public static Credentials of(String username, String password) {
    return new Credentials(Scalar.of(username), Scalar.of(password));
  }
}
