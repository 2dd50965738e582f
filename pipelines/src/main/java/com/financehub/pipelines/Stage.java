package com.financehub.pipelines;

/**
 * A FinanceHub deployment environment: everything that differs between staging and production.
 * The deploy workflow builds both stages' jobs from the same methods with one of these (ALL-5).
 *
 * @param id                     the GitHub environment, and the suffix of the job ids
 * @param cluster                the ECS cluster that runs the {@code finance-hub-api} service
 * @param url                    the site, shown on the run's environment
 * @param healthUrl              what must answer 2xx after a rollout or a rollback
 * @param deployTimeoutMinutes   upper bound of the deploy job
 * @param rollbackTimeoutMinutes upper bound of the rollback job (DEP-6: 15, DEP-7: 20)
 * @param rollbackAttempts       health checks after a rollback, 10 s apart (DEP-6: 5, DEP-7: 10)
 * @param snapshotDatabase       whether an RDS snapshot precedes the migrations (DEP-9)
 * @param slackHeadline          how loudly a rollback is announced
 */
record Stage(
    String id,
    String cluster,
    String url,
    String healthUrl,
    int deployTimeoutMinutes,
    int rollbackTimeoutMinutes,
    int rollbackAttempts,
    boolean snapshotDatabase,
    String slackHeadline) {

  static final Stage STAGING = new Stage("staging", "finance-hub-staging",
      "https://staging.financehub.com", "https://staging.financehub.com/health",
      30, 15, 5, false, ":warning: Rollback of staging");

  // The snapshot and its wait can take a while on a large database, hence the longer bound.
  static final Stage PRODUCTION = new Stage("production", "finance-hub-production",
      "https://financehub.com", "https://financehub.com/health",
      60, 20, 10, true, "<!channel> :rotating_light: URGENT: rollback of production");

  /** The deploy job's id, e.g. {@code deploy-staging}. */
  String deployJob() {
    return "deploy-" + id;
  }

  /** The rollback job's id, e.g. {@code rollback-staging}. */
  String rollbackJob() {
    return "rollback-" + id;
  }
}
