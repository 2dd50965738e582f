package dev.gha4j.model;

import dev.gha4j.expr.Expr;

/** Registry credentials of a container or service image; both values should come from secrets. */
public record Credentials(String username, String password) {
  public static Credentials of(Expr username, Expr password) {
    return new Credentials(username.embed(), password.embed());
  }
}
