package com.financehub.pipelines;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;

import dev.gha4j.actions.AmazonEcrLogin;
import dev.gha4j.actions.ConfigureAwsCredentials;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;

/**
 * The one place that decides how FinanceHub jobs sign in to AWS (DEP-10). Every job that talks to
 * AWS takes its credentials step and its permissions from here, so changing {@link #SIGN_IN} changes
 * them all.
 */
final class Aws {
  private Aws() {}

  /** How a job gets AWS credentials. */
  enum SignIn {
    /** Long-lived access keys in repository secrets, as FinanceHub has them today. */
    ACCESS_KEYS,
    /** GitHub's OIDC token exchanged for a role: no stored keys; the job needs {@code id-token: write}. */
    OIDC
  }

  /** Switching every job to OIDC is this one line: {@code SignIn.OIDC}. */
  static final SignIn SIGN_IN = SignIn.ACCESS_KEYS;

  /** The role OIDC assumes; a repository variable, because an ARN is not a secret. */
  static final String ROLE_VARIABLE = "AWS_DEPLOY_ROLE_ARN";

  /** The credentials step for the current sign-in. */
  static StepSource credentials() {
    return credentials(SIGN_IN);
  }

  /** The job permissions for the current sign-in. */
  static Permissions permissions() {
    return permissions(SIGN_IN);
  }

  static StepSource credentials(SignIn signIn) {
    ConfigureAwsCredentials step = ConfigureAwsCredentials.of(Expr.env("AWS_REGION")).name("Configure AWS credentials");
    return switch (signIn) {
      case ACCESS_KEYS -> step
          .awsAccessKeyId(Expr.secrets("AWS_ACCESS_KEY_ID"))
          .awsSecretAccessKey(Expr.secrets("AWS_SECRET_ACCESS_KEY"));
      case OIDC -> step.roleToAssume(Expr.vars(ROLE_VARIABLE));
    };
  }

  /** {@code contents: read}, plus {@code id-token: write} when the job signs in with OIDC. */
  static Permissions permissions(SignIn signIn) {
    Permissions read = Permissions.contents(READ);
    return signIn == SignIn.OIDC ? read.and(Scope.ID_TOKEN, WRITE) : read;
  }

  /** Logs Docker in to the account's private ECR; the step's {@code registry} output names it. */
  static Step ecrLogin() {
    return AmazonEcrLogin.of().id("ecr").name("Log in to Amazon ECR").toStep();
  }
}
