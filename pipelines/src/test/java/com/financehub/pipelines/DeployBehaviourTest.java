package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.sim.ActionStub;
import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Conclusion;
import dev.gha4j.sim.ConcurrentRuns;
import dev.gha4j.sim.Event;
import dev.gha4j.sim.JobReport;
import dev.gha4j.sim.Simulation;
import dev.gha4j.sim.SimulationResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What deploy.yml does, simulated against {@link FakeAws}: the order of the rollout, what a failed
 * migration or health check stops, and what a rollback puts back.
 */
class DeployBehaviourTest {

  private static final Workflow DEPLOY = new FinanceHubDeploy().workflow();
  private static final long RUN_NUMBER = 57;
  private static final String STAGING_HEALTH = "https://staging.financehub.com/health";
  private static final String STAGING = "finance-hub-staging";
  private static final String SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";

  /** A push to main with every repository setting present, against the AWS account {@code aws} makes. */
  static Simulation deploy(Supplier<FakeAws> aws) {
    return Simulation.of(DEPLOY).on(Event.push("main")).runNumber(RUN_NUMBER).sha(SHA)
        .variable("AWS_REGION", "eu-west-1")
        .variable("ECR_REPOSITORY", "financehub-backend")
        .variable("PRIVATE_SUBNET", "subnet-0a1b2c3d")
        .variable("SECURITY_GROUP", "sg-0e1f2a3b")
        .action("aws-actions/amazon-ecr-login", ActionStub.succeeds().output("registry", FakeAws.REGISTRY))
        .model(FakeAws.model(aws))
        .model(RealJq.model());
  }

  /** One healthy run, shared by the tests that only read it (each simulation costs real processes). */
  private static SimulationResult healthy;

  @BeforeAll
  static void simulateAHealthyRun() {
    healthy = deploy(FakeAws::new).run();
  }

  /** The number of health checks the workflow configures for a job, read from the model. */
  private static int healthAttempts(String jobId) {
    Step check = DEPLOY.job(jobId).steps().stream().filter(s -> "Check health".equals(s.name())).findFirst().orElseThrow();
    return Integer.parseInt(check.env().get("ATTEMPTS").text());
  }

  @Test
  void aHealthyRunDeploysStagingThenProductionThenReleases() {
    SimulationResult run = healthy;
    assertThat(run.executionOrder()).as(run.toString())
        .containsExactly("build-image", "deploy-staging", "deploy-production", "release");
    assertThat(run.jobs()).filteredOn(JobReport::ran).allMatch(JobReport::succeeded, "succeeded");
    assertThat(run.job("rollback-staging").skipped()).isTrue();
    assertThat(run.job("rollback-production").skipped()).isTrue();
    // Each stage rolls out a revision registered for the image build-image pushed, by digest.
    assertThat(run.job("deploy-staging").calls("aws").matching("ecs update-service *").options("--task-definition"))
        .containsExactly(FakeAws.ACCOUNT + ":task-definition/finance-hub-api:42");
    assertThat(run.job("deploy-production").calls("aws").matching("ecs update-service *").options("--task-definition"))
        .containsExactly(FakeAws.ACCOUNT + ":task-definition/finance-hub-api:43");
    assertThat(run.job("deploy-production").output("image-digest")).isEqualTo(FakeAws.DIGEST);
    String image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/financehub-backend:" + SHA;
    assertThat(run.calls("docker")).containsExactly(
        List.of("build", "-t", image, "-f", "apps/backend/Dockerfile", "apps/backend"), List.of("push", image));
  }

  @Test
  void productionSuccessCreatesTheReleaseNamedAfterTheRunNumber() {
    SimulationResult run = healthy;
    JobReport release = run.job("release");
    assertThat(release.succeeded()).as(run.toString()).isTrue();
    assertThat(release.step("Create GitHub release").input("tag_name")).isEqualTo("v" + RUN_NUMBER);
    assertThat(release.step("Create GitHub release").input("body")).contains("Actor: octocat");
  }

  @Test
  void migrationsRunBeforeTheRolloutInEachStage() {
    SimulationResult run = healthy;
    for (String job : List.of("deploy-staging", "deploy-production")) {
      List<String> ecs = run.job(job).calls("aws").matching("ecs *").stream().map(args -> args.get(1)).toList();
      assertThat(ecs).as(job).containsSubsequence("describe-services", "register-task-definition", "run-task",
          "wait", "describe-tasks", "update-service", "wait", "describe-services");
      assertThat(run.job(job).calls("aws").matching("ecs run-task *").options("--network-configuration"))
          .containsExactly("awsvpcConfiguration={subnets=[subnet-0a1b2c3d],securityGroups=[sg-0e1f2a3b],assignPublicIp=DISABLED}");
    }
  }

  @Test
  void aFailedMigrationStopsStagingBeforeAnyRolloutAndTheRollbackLeavesTheServiceAlone() {
    SimulationResult run = deploy(() -> new FakeAws().migrationExits(STAGING, 1)).run();
    JobReport staging = run.job("deploy-staging");
    assertThat(staging.failed()).as(run.toString()).isTrue();
    assertThat(staging.step("Run database migrations").failed()).isTrue();
    assertThat(staging.step("Run database migrations").stdout()).contains("exited with code 1");
    assertThat(staging.calls("aws").matching("ecs update-service *")).isEmpty();
    assertThat(staging.step("Roll out the new task definition").skipped()).isTrue();

    // The service still runs what it ran: a forced redeployment would change it for nothing.
    JobReport rollback = run.job("rollback-staging");
    assertThat(rollback.succeeded()).as(run.toString()).isTrue();
    assertThat(rollback.calls("aws")).isEmpty();
    assertThat(rollback.step("roll-back").stdout()).contains("failed before its rollout started", DeployInvariants.NOTHING_TO_ROLL_BACK);
    assertThat(rollback.step("Check health").skipped()).isTrue();
    assertThat(rollback.step("Notify Slack").input("payload")).contains("Rollback of staging not needed");
    assertThat(run.model(FakeAws.class).service(STAGING)).isEqualTo(FakeAws.LIVE.get(STAGING));
    assertThat(run.job("deploy-production").skipped()).isTrue();
    assertThat(run.job("rollback-production").skipped()).isTrue();
    assertThat(run.job("release").skipped()).isTrue();
  }

  @Test
  void healthNeverOkFailsStagingAfterTheConfiguredAttemptsAndRollsBackToTheRecordedRevision() {
    SimulationResult run = deploy(FakeAws::new)
        .fake("curl", curl -> curl.when("*" + STAGING_HEALTH,
            Answer.fails(22, "curl: (22) The requested URL returned error: 503")))
        .run();
    int attempts = healthAttempts("deploy-staging");
    JobReport staging = run.job("deploy-staging");
    assertThat(staging.failed()).as(run.toString()).isTrue();
    assertThat(staging.step("Check health").failed()).isTrue();
    assertThat(staging.step("Check health").calls("curl")).hasSize(attempts);
    assertThat(staging.step("Check health").calls("sleep")).hasSize(attempts - 1);
    String recorded = staging.output("previous-task-definition");
    assertThat(recorded).isEqualTo(FakeAws.LIVE.get(STAGING));

    JobReport rollback = run.job("rollback-staging");
    assertThat(rollback.ran()).isTrue();
    List<List<String>> updates = rollback.calls("aws").matching("ecs update-service *");
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0)).containsSubsequence("--task-definition", recorded).contains("--force-new-deployment");
    // Staging never comes back, so the rollback fails too, after its own attempts, and says so on Slack.
    assertThat(rollback.step("Check health").calls("curl")).hasSize(healthAttempts("rollback-staging"));
    assertThat(rollback.failed()).isTrue();
    assertThat(rollback.step("Notify Slack").ran()).isTrue();
    assertThat(rollback.step("Notify Slack").input("payload")).contains("Rollback of staging FAILED");
    assertThat(run.job("deploy-production").skipped()).isTrue();
  }

  @Test
  void aFailedProductionDeployRollsBackProductionOnly() {
    SimulationResult run = deploy(FakeAws::new)
        .fake("curl", curl -> curl.when("*https://financehub.com/health",
            Answer.fails(22, "503"), Answer.fails(22, "503"), Answer.fails(22, "503"), Answer.fails(22, "503"),
            Answer.fails(22, "503"), Answer.fails(22, "503"), Answer.ok()))
        .run();
    assertThat(run.job("deploy-staging").succeeded()).as(run.toString()).isTrue();
    assertThat(run.job("deploy-production").failed()).isTrue();
    assertThat(run.job("rollback-staging").skipped()).isTrue();
    JobReport rollback = run.job("rollback-production");
    assertThat(rollback.succeeded()).isTrue();
    assertThat(rollback.calls("aws").matching("ecs update-service *").options("--task-definition"))
        .containsExactly(FakeAws.LIVE.get("finance-hub-production"));
    assertThat(rollback.step("Notify Slack").input("payload")).contains("URGENT", "succeeded", "Release: v" + RUN_NUMBER);
    assertThat(run.job("release").skipped()).isTrue();
  }

  @Test
  void aDeployThatOverrunsItsTimeoutIsCancelledAndRolledBack() {
    // ECS never becomes stable for the rollout: the waiter hangs until GitHub cancels the job at its
    // timeout-minutes. The rollback's own wait (the second call) succeeds.
    SimulationResult run = deploy(FakeAws::new)
        .fake("aws", aws -> aws.when("ecs wait services-stable *", Answer.hangs(), Answer.ok()))
        .run();
    JobReport staging = run.job("deploy-staging");
    assertThat(staging.timedOut()).as(run.toString()).isTrue();
    assertThat(staging.result()).isEqualTo(Conclusion.CANCELLED);
    assertThat(staging.elapsed()).isEqualTo(Duration.ofMinutes(Stage.STAGING.deployTimeoutMinutes()));
    assertThat(staging.step("Wait for the service to become stable").outcome()).isEqualTo(Conclusion.CANCELLED);
    assertThat(staging.step("Check health").skipped()).isTrue();

    JobReport rollback = run.job("rollback-staging");
    assertThat(rollback.succeeded()).as(run.toString()).isTrue();
    assertThat(rollback.calls("aws").matching("ecs update-service *").options("--task-definition"))
        .containsExactly(FakeAws.LIVE.get(STAGING));
    assertThat(rollback.step("Notify Slack").input("payload")).contains("Rollback of staging", "succeeded");
    assertThat(run.job("deploy-production").skipped()).isTrue();
    assertThat(run.job("rollback-production").skipped()).isTrue();
  }

  @Test
  void dep1_aSecondPushWaitsForTheDeployInProgressAndNeitherIsCancelled() {
    // ECS takes four minutes to settle in each stage, so the first deploy is still running when
    // the second push arrives a minute later: group 'deploy', cancel-in-progress false.
    Simulation first = deploy(FakeAws::new)
        .fake("aws", aws -> aws.when("ecs wait services-stable *", Answer.ok().andTakes(Duration.ofMinutes(4))));
    Simulation second = deploy(FakeAws::new).sha("1111111111111111111111111111111111111111");
    ConcurrentRuns.Outcome runs = ConcurrentRuns.of(first).then(Duration.ofMinutes(1), second).run();
    assertThat(runs.run(0).result().job("release").succeeded()).as(runs.toString()).isTrue();
    assertThat(runs.run(0).endedAt()).isEqualTo(Duration.ofMinutes(8));
    assertThat(runs.run(1).note()).isEqualTo("waited for run 0 of group 'deploy'");
    assertThat(runs.run(1).startedAt()).isEqualTo(runs.run(0).endedAt());
    assertThat(runs.run(1).result().job("release").succeeded()).isTrue();
  }

  @Test
  void theDatabaseSnapshotRunsOnlyWhenTheVariableIsSet() {
    SimulationResult without = healthy;
    assertThat(without.job("deploy-production").step("Snapshot the database before migrating").skipped())
        .as(without.toString()).isTrue();
    assertThat(without.calls("aws").matching("rds *")).isEmpty();

    SimulationResult with = deploy(FakeAws::new).variable("RDS_INSTANCE_ID", "financehub-prod-db").run();
    JobReport production = with.job("deploy-production");
    assertThat(production.step("Snapshot the database before migrating").succeeded()).as(with.toString()).isTrue();
    assertThat(production.calls("aws").matching("rds create-db-snapshot *").options("--db-instance-identifier"))
        .containsExactly("financehub-prod-db");
    assertThat(production.calls("aws").matching("rds create-db-snapshot *").options("--db-snapshot-identifier"))
        .containsExactly("pre-deploy-run-" + RUN_NUMBER + "-1");
    assertThat(with.job("deploy-staging").hasStep("Snapshot the database before migrating")).isFalse();
  }

  @Test
  void aFailedImageBuildDeploysNothingAndRollsNothingBack() {
    SimulationResult run = deploy(FakeAws::new)
        .fake("docker", docker -> docker.when("push *", Answer.fails(1, "denied: not authorized")))
        .run();
    assertThat(run.job("build-image").failed()).as(run.toString()).isTrue();
    assertThat(run.executionOrder()).containsExactly("build-image");
    assertThat(run.job("rollback-staging").skipped()).isTrue();
    assertThat(run.calls("aws").matching("ecs *")).isEmpty();
  }

  @Test
  void missingRepositorySettingsStopTheRunWithAMessage() {
    SimulationResult run = Simulation.of(DEPLOY).on(Event.push("main"))
        .variable("AWS_REGION", "eu-west-1").variable("ECR_REPOSITORY", "financehub-backend").run();
    JobReport build = run.job("build-image");
    assertThat(build.step("Check deployment settings").failed()).as(run.toString()).isTrue();
    assertThat(build.step("Check deployment settings").stdout())
        .contains("PRIVATE_SUBNET is empty", "SECURITY_GROUP is empty").doesNotContain("AWS_REGION is empty");
    assertThat(run.calls("docker")).isEmpty();
  }
}
