package com.financehub.pipelines;

import dev.gha4j.actions.Checkout;
import dev.gha4j.actions.SetupPython;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;
import dev.gha4j.policy.Rule;

/** Pieces every backend (Django) job shares: checkout, Python with pip cache, the test database. */
final class Backend {
  private Backend() {}

  static final String DIR = "apps/backend";
  static final String SRC = "apps/backend/src";

  /** The test database: plain test credentials, never real ones (REQUIREMENTS "Database"). */
  static final String DB_NAME = "finance_hub_test";
  static final String DB_USER = "test";
  static final String DB_PASSWORD = "test";

  static StepSource checkout() {
    return Checkout.of().persistCredentials(false);
  }

  /** setup-python at the workflow's {@code PYTHON_VERSION}, caching pip by the requirement files. */
  static StepSource setupPython() {
    return SetupPython.of().name("Set up Python")
        .pythonVersion(Expr.env("PYTHON_VERSION"))
        .cache(SetupPython.Cache.PIP)
        .cacheDependencyPath(DIR + "/requirements*.txt");
  }

  static StepSource installTestRequirements() {
    return Step.named("Install dependencies").run("pip install -r requirements-testing.txt").workingDirectory(DIR);
  }

  /** A PostgreSQL 15 service that reports healthy before the steps start (CI-3). */
  static Container postgres() {
    return Container.image("postgres:15")
        .env("POSTGRES_DB", DB_NAME)
        .env("POSTGRES_USER", DB_USER)
        .env("POSTGRES_PASSWORD", DB_PASSWORD)
        .ports("5432:5432")
        .options("--health-cmd pg_isready", "--health-interval 10s", "--health-timeout 5s", "--health-retries 5");
  }

  /**
   * Job settings for Django against the service database. The image is pinned by tag, not digest
   * (GHA003 warns): explained where the service is added, so the reason is reviewed with the YAML.
   */
  static Job.Builder withTestDatabase(Job.Builder job) {
    return job.service("postgres", postgres())
        .allow(Rule.UNPINNED_ACTION, "postgres:15 is the throwaway test database, reached by no secret or token; "
            + "a digest pin needs a bump process (Renovate's docker manager) FinanceHub has not set up yet")
        .env("DATABASE_URL", "postgres://" + DB_USER + ":" + DB_PASSWORD + "@localhost:5432/" + DB_NAME)
        .env("DJANGO_SECRET_KEY", "test-secret-key-for-ci")
        .env("DJANGO_SETTINGS_MODULE", "core.settings");
  }
}
