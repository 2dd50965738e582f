package com.financehub.pipelines;

import static dev.gha4j.model.Access.READ;
import static dev.gha4j.model.Access.WRITE;

import dev.gha4j.actions.GhRelease;
import dev.gha4j.expr.Expr;
import dev.gha4j.api.WorkflowSource;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;

/**
 * deploy.yml: build the backend image once, then roll it out to staging and, when staging is
 * healthy, to production; roll a stage back automatically when its deploy fails; release after
 * production. Staging and production come from the same two methods, {@link #deploy} and
 * {@link #rollback}, called with a {@link Stage} (ALL-5).
 */
public final class FinanceHubDeploy implements WorkflowSource {

  static final String SERVICE = "finance-hub-api";
  static final String MIGRATE_TASK_FAMILY = "financehub-migrate";
  /** The job output holding the task definition that was live before the rollout (DEP-4). */
  static final String PREVIOUS_TASK_DEFINITION = "previous-task-definition";
  /** The job output naming the image by digest, handed from job to job so every stage runs the same image. */
  static final String IMAGE_DIGEST = "image-digest";
  /** The job output that is {@code true} once the rollout may have changed the service: its rollback has work to do. */
  static final String ROLLOUT_STARTED = "rollout-started";

  private static final String[] SETTINGS = {"AWS_REGION", "ECR_REPOSITORY", "PRIVATE_SUBNET", "SECURITY_GROUP"};
  private static final int HEALTH_ATTEMPTS_AFTER_DEPLOY = 6;
  private static final int HEALTH_DELAY_SECONDS = 10;
  /** curl's {@code --max-time 10} in {@link Scripts#HEALTH_CHECK}. */
  private static final int HEALTH_TIMEOUT_SECONDS = 10;
  /** AWS's services-stable waiter gives up after 40 checks 15 s apart. */
  private static final int SERVICES_STABLE_WAITER_MINUTES = 10;
  private static final int ROLL_BACK_CALL_MINUTES = 2;

  @Override
  public Workflow workflow() {
    Job build = buildImage();
    Job staging = deploy(Stage.STAGING, build);
    Job production = deploy(Stage.PRODUCTION, staging);
    Workflow.Builder workflow = Workflow.builder("deploy").name("Deploy")
        .on(Trigger.push().branches("main"), Trigger.workflowDispatch())
        .permissions(Permissions.contents(READ))
        // A later run waits for this one, rollbacks included, and is never cancelled midway; so a
        // rollback cannot land on top of a newer deploy (DEP-1).
        .concurrency(Concurrency.group("deploy").cancelInProgress(false))
        .defaults(Scripts.BASH_WITH_PIPEFAIL)
        .jobs(build, staging, production,
            rollback(Stage.STAGING, staging), rollback(Stage.PRODUCTION, production), release(production));
    // Repository variables, so no account detail lives in the repository.
    for (String setting : SETTINGS) workflow.env(setting, Expr.vars(setting));
    return workflow.build();
  }

  /** DEP-2: one image per commit, pushed to ECR; its digest is what every stage deploys. */
  private Job buildImage() {
    Step ecr = Aws.ecrLogin();
    Step push = Step.named("Build and push the backend image").id("push").run(Scripts.BUILD_AND_PUSH)
        .env("ECR_REGISTRY", ecr.output("registry"))
        .env("IMAGE_TAG", Expr.github("sha"))
        .build();
    return Job.builder("build-image").name("Build image").runsOn("ubuntu-latest").timeoutMinutes(20)
        .permissions(Aws.permissions())
        .output(IMAGE_DIGEST, push.output(IMAGE_DIGEST))
        .steps(Backend.checkout(), checkSettings(), Aws.credentials(), ecr, push)
        .build();
  }

  /**
   * DEP-3, DEP-4, DEP-5, DEP-9: one stage's rollout of the image {@code upstream} passes on. Records
   * the live task definition first, migrates, rolls out, waits for ECS, then checks health.
   */
  private Job deploy(Stage stage, Job upstream) {
    Step ecr = Aws.ecrLogin();
    Step live = Step.named("Record the live task definition").id("live")
        .run(Scripts.RECORD_LIVE_TASK_DEFINITION).build();
    Step register = Step.named("Register task definitions for the new image").id("register")
        .run(Scripts.REGISTER_TASK_DEFINITIONS)
        .env("ECR_REGISTRY", ecr.output("registry"))
        .env("IMAGE_DIGEST", upstream.output(IMAGE_DIGEST))
        .env("LIVE_TASK_DEFINITION", live.output("task-definition"))
        .env("MIGRATE_TASK_FAMILY", MIGRATE_TASK_FAMILY)
        .build();
    Step rollout = Step.named("Roll out the new task definition").id("rollout").run(Scripts.ROLL_OUT)
        .env("TASK_DEFINITION", register.output("service-task-definition"))
        .build();
    Job.Builder job = stageJob(stage, stage.deployJob(), "Deploy to " + stage.id())
        .needs(upstream)
        .timeoutMinutes(stage.deployTimeoutMinutes())
        .output(PREVIOUS_TASK_DEFINITION, live.output("task-definition"))
        .output(ROLLOUT_STARTED, rollout.output("started"))
        .output(IMAGE_DIGEST, upstream.output(IMAGE_DIGEST))
        .steps(checkSettings(), Aws.credentials(), ecr, live, register);
    if (stage.snapshotDatabase()) job.steps(snapshotDatabase());
    return job
        .steps(
            Step.named("Run database migrations").run(Scripts.RUN_MIGRATIONS)
                .env("MIGRATE_TASK_DEFINITION", register.output("migrate-task-definition")),
            rollout,
            waitForStableService(register.output("service-task-definition")),
            healthCheck(stage.healthUrl(), HEALTH_ATTEMPTS_AFTER_DEPLOY))
        .build();
  }

  /**
   * DEP-6, DEP-7: when a stage's deploy fails after its rollout started, put back the task
   * definition that deploy recorded before it changed anything (never what ECS runs now: after a
   * failed rollout that is the broken revision), check health, and tell the team either way. When
   * the deploy failed before its rollout, the service is as it was: change nothing, say so.
   *
   * <p>Each step has a timeout, and together they end before the job's: a hung call then fails its
   * step, and Slack still hears of it. (At the job's timeout GitHub cancels the job, and the
   * notification, which skips a cancelled run, would be lost.)
   */
  private Job rollback(Stage stage, Job deploy) {
    Step rollBack = Step.named("Roll back to the recorded task definition").id("roll-back").run(Scripts.ROLL_BACK)
        .env("PREVIOUS_TASK_DEFINITION", deploy.output(PREVIOUS_TASK_DEFINITION))
        .env("ROLLOUT_STARTED", deploy.output(ROLLOUT_STARTED))
        .env("DEPLOY_JOB", deploy.id())
        .timeoutMinutes(ROLL_BACK_CALL_MINUTES)
        .build();
    Expr rolledBack = rollBack.output("rolled-back").eq("true");
    Expr outcome = rollBack.output("rolled-back").eq("false").and(Expr.literal("not needed"))
        .or(Expr.job("status").eq("success").and(Expr.literal("succeeded")).or(Expr.literal("FAILED")));
    // The deploy failed, or ran past its timeout-minutes: GitHub cancels such a job and reports
    // needs.<id>.result == 'cancelled', not 'failure' (the runner's StepsRunner; docs/simulation.md),
    // so failure() alone would miss it. failure() would also fire when an earlier job failed and this
    // stage never deployed; a cancelled run (cancelled()) is left to the people who cancelled it.
    Expr deployFailed = Expr.cancelled().not()
        .and(deploy.result().eq("failure").or(deploy.result().eq("cancelled")));
    return stageJob(stage, stage.rollbackJob(), "Roll back " + stage.id())
        .needs(deploy)
        .when(deployFailed)
        .timeoutMinutes(stage.rollbackTimeoutMinutes())
        .steps(
            Aws.credentials(),
            rollBack,
            waitForStableService(deploy.output(PREVIOUS_TASK_DEFINITION))
                .when(rolledBack).timeoutMinutes(SERVICES_STABLE_WAITER_MINUTES),
            healthCheck(stage.healthUrl(), stage.rollbackAttempts())
                .when(rolledBack).timeoutMinutes(healthCheckMinutes(stage.rollbackAttempts())),
            // Also after a failed rollback: that is when the team most needs to know.
            Slack.notify(
                    stage.slackHeadline() + " " + outcome.embed(),
                    "Release: v" + Expr.github("run_number").embed(),
                    "Commit: " + Expr.github("sha").embed(),
                    "Actor: " + Expr.github("actor").embed(),
                    "Run: " + runUrl())
                .when(Expr.cancelled().not()))
        .build();
  }

  /** DEP-8: a GitHub release for what production now runs; the only job that may write contents. */
  private Job release(Job production) {
    String version = "v" + Expr.github("run_number").embed();
    return Job.builder("release").name("Create release").runsOn("ubuntu-latest").timeoutMinutes(5)
        .needs(production)
        .permissions(Permissions.contents(WRITE))
        .steps(GhRelease.of().name("Create GitHub release")
            .tagName(version)
            .releaseName("Release " + version)
            .targetCommitish(Expr.github("sha"))
            .body("Deployed to production by deploy.yml.\n\n"
                + "- Commit: " + Expr.github("sha").embed() + "\n"
                + "- Actor: " + Expr.github("actor").embed() + "\n"
                + "- Run: " + runUrl() + "\n"))
        .build();
  }

  /** What the deploy and rollback jobs of a stage share: environment, concurrency, AWS access. */
  private static Job.Builder stageJob(Stage stage, String id, String name) {
    return Job.builder(id).name(name).runsOn("ubuntu-latest")
        .permissions(Aws.permissions())
        .environment(stage.id(), stage.url())
        // Never cancel a half-done rollout; queue behind it (DEP-1).
        .concurrency(Concurrency.group("deploy-" + stage.id()).cancelInProgress(false))
        .env("CLUSTER", stage.cluster())
        .env("SERVICE", SERVICE);
  }

  private static Step.Builder checkSettings() {
    return Step.named("Check deployment settings").run(Scripts.checkSettings(SETTINGS));
  }

  private static Step.Builder snapshotDatabase() {
    return Step.named("Snapshot the database before migrating").run(Scripts.SNAPSHOT_DATABASE)
        .when(Expr.vars("RDS_INSTANCE_ID").ne(""))
        .env("RDS_INSTANCE_ID", Expr.vars("RDS_INSTANCE_ID"));
  }

  private static Step.Builder waitForStableService(Expr taskDefinition) {
    return Step.named("Wait for the service to become stable").run(Scripts.WAIT_FOR_STABLE_SERVICE)
        .env("TASK_DEFINITION", taskDefinition);
  }

  private static Step.Builder healthCheck(String url, int attempts) {
    return Step.named("Check health").run(Scripts.HEALTH_CHECK)
        .env("HEALTH_URL", url)
        .env("ATTEMPTS", String.valueOf(attempts))
        .env("DELAY_SECONDS", String.valueOf(HEALTH_DELAY_SECONDS));
  }

  /** The longest a health check of {@code attempts} can take: each curl's limit, and the delays between. */
  static int healthCheckMinutes(int attempts) {
    int seconds = attempts * HEALTH_TIMEOUT_SECONDS + (attempts - 1) * HEALTH_DELAY_SECONDS;
    return (seconds + 59) / 60;
  }

  /** How long a rollback's steps may take together, at most: less than its job's timeout-minutes. */
  static int rollbackStepMinutes(Stage stage) {
    return ROLL_BACK_CALL_MINUTES + SERVICES_STABLE_WAITER_MINUTES + healthCheckMinutes(stage.rollbackAttempts());
  }

  private static String runUrl() {
    return Expr.github("server_url").embed() + "/" + Expr.github("repository").embed()
        + "/actions/runs/" + Expr.github("run_id").embed();
  }
}
