package com.financehub.pipelines;

import static com.financehub.pipelines.Yaml.indexOf;
import static com.financehub.pipelines.Yaml.job;
import static com.financehub.pipelines.Yaml.runs;
import static com.financehub.pipelines.Yaml.step;
import static com.financehub.pipelines.Yaml.steps;
import static com.financehub.pipelines.Yaml.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.actions.AmazonEcrLogin;
import dev.gha4j.actions.ConfigureAwsCredentials;
import dev.gha4j.actions.GhRelease;
import dev.gha4j.actions.Slack;
import dev.gha4j.model.Access;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DEP-1 … DEP-11 of REQUIREMENTS.md, on the committed deploy.yml and, where it is about code, the model. */
class DeployRequirementsTest {
  private static final Pattern STEP_OUTPUT = Pattern.compile("\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}");

  private final JsonNode deploy = Yaml.workflow("deploy.yml");

  @Test
  void dep1_deploysOnPushToMainOrByHandAndNeverCancelsADeployMidway() {
    assertThat(deploy.path("on").propertyNames()).containsExactly("push", "workflow_dispatch");
    assertThat(deploy.at("/on/push/branches").values()).extracting(JsonNode::asString).containsExactly("main");
    assertThat(deploy.at("/concurrency/cancel-in-progress").asBoolean(true)).isFalse();
    for (String stage : List.of("staging", "production")) {
      for (String id : List.of("deploy-" + stage, "rollback-" + stage)) {
        JsonNode concurrency = job(deploy, id).path("concurrency");
        assertThat(concurrency.path("group").asString()).as(id).isEqualTo("deploy-" + stage);
        assertThat(concurrency.path("cancel-in-progress").isBoolean()).as(id).isTrue();
        assertThat(concurrency.path("cancel-in-progress").asBoolean()).as(id).isFalse();
      }
    }
  }

  @Test
  void dep2_buildsAndPushesTheBackendImageFromTheFixedPathToTheLoggedInRegistry() {
    JsonNode build = job(deploy, "build-image");
    JsonNode push = step(build, runs("docker build"), "docker build");
    String dockerBuild = push.path("run").asString().lines().filter(l -> l.startsWith("docker build")).findFirst().orElseThrow();
    // The D-004 command; the tag is quoted so shellcheck has nothing to say.
    assertThat(dockerBuild.replace("\"", ""))
        .isEqualTo("docker build -t $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG -f apps/backend/Dockerfile apps/backend");
    assertThat(push.path("run").asString()).contains("docker push \"$ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG\"");
    assertThat(push.at("/env/IMAGE_TAG").asString()).isEqualTo("${{ github.sha }}");

    Matcher registry = STEP_OUTPUT.matcher(push.at("/env/ECR_REGISTRY").asString());
    assertThat(registry.matches()).isTrue();
    assertThat(registry.group(2)).isEqualTo("registry");
    int login = indexOf(build, s -> s.path("id").asString("").equals(registry.group(1)), "with id " + registry.group(1));
    assertThat(steps(build).get(login).path("uses").asString()).isEqualTo(AmazonEcrLogin.REF.uses());
    assertThat(login).isLessThan(indexOf(build, runs("docker build"), "docker build"));
    assertThat(deploy.path("env").propertyNames()).contains("AWS_REGION", "ECR_REPOSITORY", "PRIVATE_SUBNET", "SECURITY_GROUP");
  }

  @Test
  void dep3_migrationsRunOnFargateAndFailOnANonZeroExitCodeBeforeTheRollout() {
    for (String id : List.of("deploy-staging", "deploy-production")) {
      JsonNode job = job(deploy, id);
      int migrate = indexOf(job, runs("aws ecs run-task"), "aws ecs run-task");
      String script = steps(job).get(migrate).path("run").asString();
      assertThat(script).contains(
          "--launch-type FARGATE",
          "\"awsvpcConfiguration={subnets=[$PRIVATE_SUBNET],securityGroups=[$SECURITY_GROUP],assignPublicIp=DISABLED}\"",
          "--query 'tasks[0].taskArn' --output text",
          "aws ecs wait tasks-stopped --cluster \"$CLUSTER\" --tasks \"$TASK_ARN\"",
          "aws ecs describe-tasks --cluster \"$CLUSTER\" --tasks \"$TASK_ARN\"",
          "--query 'tasks[0].containers[0].exitCode'",
          "if [ \"$exit_code\" != \"0\" ]; then");
      assertThat(script).doesNotContain("sleep");
      // The migration task definition is the financehub-migrate family, re-registered with the new image.
      Matcher definition = STEP_OUTPUT.matcher(steps(job).get(migrate).at("/env/MIGRATE_TASK_DEFINITION").asString());
      assertThat(definition.matches()).isTrue();
      JsonNode register = step(job, s -> s.path("id").asString("").equals(definition.group(1)), definition.group(1));
      assertThat(register.at("/env/MIGRATE_TASK_FAMILY").asString()).isEqualTo("financehub-migrate");
      assertThat(register.path("run").asString()).contains("register_with_image \"$MIGRATE_TASK_FAMILY\"");
      assertThat(migrate).isLessThan(indexOf(job, runs("aws ecs update-service"), "update-service"));
    }
  }

  @Test
  void dep4_stagingRecordsTheLiveTaskDefinitionBeforeTheRolloutThenWaitsAndChecksHealth() {
    JsonNode staging = job(deploy, "deploy-staging");
    assertThat(staging.at("/environment/name").asString()).isEqualTo("staging");
    assertThat(staging.at("/environment/url").asString()).isEqualTo("https://staging.financehub.com");
    assertRecordsThenRollsOutThenChecks(staging, "https://staging.financehub.com/health");
  }

  @Test
  void dep5_productionNeedsStagingAndDeploysTheImageStagingDeployed() {
    JsonNode production = job(deploy, "deploy-production");
    assertThat(production.path("needs").asString()).isEqualTo("deploy-staging");
    assertThat(production.at("/environment/name").asString()).isEqualTo("production");
    assertThat(production.at("/environment/url").asString()).isEqualTo("https://financehub.com");
    assertRecordsThenRollsOutThenChecks(production, "https://financehub.com/health");
    // The digest travels build-image -> deploy-staging -> deploy-production: one image for both stages.
    assertThat(job(deploy, "deploy-staging").at("/outputs/image-digest").asString())
        .isEqualTo("${{ needs.build-image.outputs.image-digest }}");
    assertThat(step(production, runs("register_with_image"), "register").at("/env/IMAGE_DIGEST").asString())
        .isEqualTo("${{ needs.deploy-staging.outputs.image-digest }}");
  }

  @Test
  void dep6_rollbackStagingRunsOnFailureWithRecordedTaskDefinition() {
    JsonNode rollback = assertRollsBack("staging", 15, 5);
    assertThat(step(rollback, uses("slackapi/slack-github-action"), "Slack").at("/with/payload").asString())
        .contains("staging", "${{ github.sha }}", "${{ github.actor }}");
  }

  @Test
  void dep7_rollbackProductionIsUrgentTriesTenTimesAndNamesReleaseCommitAndActor() {
    JsonNode rollback = assertRollsBack("production", 20, 10);
    assertThat(step(rollback, uses("slackapi/slack-github-action"), "Slack").at("/with/payload").asString())
        .contains("URGENT", "<!channel>", "production", "v${{ github.run_number }}", "${{ github.sha }}", "${{ github.actor }}");
    assertThat(step(rollback, uses("aws-actions/configure-aws-credentials"), "AWS credentials").path("uses").asString())
        .isEqualTo(ConfigureAwsCredentials.REF.uses());
  }

  @Test
  void dep8_releaseFollowsProductionAndIsTheOnlyJobThatWritesContents() {
    JsonNode release = job(deploy, "release");
    assertThat(release.path("needs").asString()).isEqualTo("deploy-production");
    assertThat(release.has("if")).as("runs only when production succeeded").isFalse();
    JsonNode create = step(release, uses("softprops/action-gh-release"), "action-gh-release");
    assertThat(create.path("uses").asString()).isEqualTo(GhRelease.REF.uses());
    assertThat(GhRelease.REF.version()).startsWith("v3.");
    assertThat(create.at("/with/tag_name").asString()).isEqualTo("v${{ github.run_number }}");
    assertThat(create.at("/with/name").asString()).isNotBlank();
    assertThat(create.at("/with/body").asString()).contains("${{ github.sha }}", "${{ github.actor }}");
    for (var job : deploy.path("jobs").properties()) {
      boolean writes = job.getValue().path("permissions").toString().contains("write");
      assertThat(writes).as(job.getKey()).isEqualTo(job.getKey().equals("release"));
    }
    assertThat(release.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(release.at("/permissions/contents").asString()).isEqualTo("write");
  }

  @Test
  void dep9_productionSnapshotsTheDatabaseBeforeMigratingOnlyWhenTheInstanceVariableIsSet() {
    JsonNode production = job(deploy, "deploy-production");
    int snapshot = indexOf(production, runs("aws rds create-db-snapshot"), "create-db-snapshot");
    JsonNode step = steps(production).get(snapshot);
    assertThat(step.path("if").asString()).isEqualTo("vars.RDS_INSTANCE_ID != ''");
    assertThat(step.at("/env/RDS_INSTANCE_ID").asString()).isEqualTo("${{ vars.RDS_INSTANCE_ID }}");
    assertThat(step.path("run").asString()).contains("aws rds wait db-snapshot-available");
    assertThat(snapshot).isLessThan(indexOf(production, runs("aws ecs run-task"), "migrations"));
    assertThat(steps(job(deploy, "deploy-staging"))).noneMatch(runs("create-db-snapshot"));
  }

  @Test
  void dep10_awsCredentialsComeFromOneFragmentAndOidcIsAOneLineSwitch() {
    Workflow model = new FinanceHubDeploy().workflow();
    List<Step> credentials = model.jobs().stream().flatMap(j -> j.steps().stream())
        .filter(s -> ConfigureAwsCredentials.REF.equals(s.action())).toList();
    assertThat(credentials).hasSize(5);
    assertThat(credentials).extracting(Step::location).containsOnly(credentials.get(0).location());
    assertThat(credentials.get(0).location().fileName()).isEqualTo("Aws.java");
    for (Job job : model.jobs()) {
      if (job.steps().stream().anyMatch(credentials::contains)) {
        assertThat(job.permissions()).as(job.id()).isEqualTo(Aws.permissions());
      }
    }
    // In the YAML too: every job signs in with the same inputs.
    List<JsonNode> inYaml = Yaml.jobs(deploy).stream().flatMap(j -> steps(j).stream())
        .filter(uses("aws-actions/configure-aws-credentials")).toList();
    assertThat(inYaml).hasSize(5).extracting(s -> s.path("with")).containsOnly(inYaml.get(0).path("with"));
    assertThat(inYaml.get(0).at("/with/aws-access-key-id").asString()).isEqualTo("${{ secrets.AWS_ACCESS_KEY_ID }}");
    assertThat(inYaml.get(0).at("/with/aws-secret-access-key").asString()).isEqualTo("${{ secrets.AWS_SECRET_ACCESS_KEY }}");
    assertThat(inYaml.get(0).at("/with/aws-region").asString()).isEqualTo("${{ env.AWS_REGION }}");
    // Today: access keys from secrets. The switch the one line flips: a role, and an id-token.
    assertThat(Aws.SIGN_IN).isEqualTo(Aws.SignIn.ACCESS_KEYS);
    assertThat(credentials.get(0).with()).containsKeys("aws-access-key-id", "aws-secret-access-key", "aws-region");
    Step oidc = Aws.credentials(Aws.SignIn.OIDC).toStep();
    assertThat(oidc.with()).containsOnlyKeys("aws-region", "role-to-assume");
    assertThat(Aws.permissions(Aws.SignIn.OIDC).scopes()).containsEntry(Scope.ID_TOKEN, Access.WRITE);
    assertThat(Aws.permissions(Aws.SignIn.ACCESS_KEYS).scopes()).doesNotContainKey(Scope.ID_TOKEN);
  }

  @Test
  void dep11_everyJobHasATimeoutReadOnlyTokenAndEveryLoopIsBounded() {
    assertThat(deploy.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(deploy.at("/permissions/contents").asString()).isEqualTo("read");
    for (var job : deploy.path("jobs").properties()) {
      assertThat(job.getValue().path("timeout-minutes").asInt()).as(job.getKey()).isPositive();
    }
    for (JsonNode job : Yaml.jobs(deploy)) {
      for (JsonNode s : steps(job)) {
        String script = s.path("run").asString("");
        assertThat(script).doesNotContainPattern("\\b(while|until)\\b");
        for (String loop : script.lines().filter(l -> l.strip().startsWith("for ")).toList()) {
          assertThat(loop.strip()).matches("for \\w+ in (\\$\\(seq 1 \"\\$\\w+\"\\)|[A-Z_ ]+); do");
        }
      }
    }
  }

  /** DEP-4/DEP-5: live task definition recorded as a job output, before update-service; then wait, then health. */
  private static void assertRecordsThenRollsOutThenChecks(JsonNode job, String healthUrl) {
    Matcher recorded = STEP_OUTPUT.matcher(job.at("/outputs/previous-task-definition").asString());
    assertThat(recorded.matches()).isTrue();
    int record = indexOf(job, s -> s.path("id").asString("").equals(recorded.group(1)), "with id " + recorded.group(1));
    assertThat(steps(job).get(record).path("run").asString())
        .contains("aws ecs describe-services", "echo \"" + recorded.group(2) + "=$live\" >> \"$GITHUB_OUTPUT\"");
    int rollout = indexOf(job, runs("aws ecs update-service"), "update-service");
    int stable = indexOf(job, runs("aws ecs wait services-stable"), "wait services-stable");
    int health = indexOf(job, runs("curl"), "health check");
    assertThat(List.of(record, rollout, stable, health)).isSorted().doesNotHaveDuplicates();
    // The wait also proves ECS kept the new revision instead of rolling it back on its own.
    assertThat(steps(job).get(stable).at("/env/TASK_DEFINITION").asString())
        .isEqualTo(steps(job).get(rollout).at("/env/TASK_DEFINITION").asString());
    assertBoundedHealthCheck(steps(job).get(health), healthUrl);
    assertThat(steps(job)).noneMatch(s -> s.path("run").asString("").matches("(?s).*\\bsleep \\d+.*"));
  }

  /** DEP-6/DEP-7: the rollback reads the output its deploy job recorded, never ECS's current state. */
  private JsonNode assertRollsBack(String stage, int timeout, int attempts) {
    JsonNode rollback = job(deploy, "rollback-" + stage);
    assertThat(rollback.path("needs").asString()).isEqualTo("deploy-" + stage);
    assertThat(rollback.path("if").asString()).isEqualTo("!cancelled() && (needs.deploy-" + stage
        + ".result == 'failure' || needs.deploy-" + stage + ".result == 'cancelled')");
    assertThat(rollback.at("/environment/name").asString()).isEqualTo(stage);
    assertThat(rollback.path("timeout-minutes").asInt()).isEqualTo(timeout);
    int credentials = indexOf(rollback, uses("aws-actions/configure-aws-credentials"), "AWS credentials");

    int roll = indexOf(rollback, runs("aws ecs update-service"), "update-service");
    JsonNode rollStep = steps(rollback).get(roll);
    assertThat(rollStep.at("/env/PREVIOUS_TASK_DEFINITION").asString())
        .isEqualTo("${{ needs.deploy-" + stage + ".outputs.previous-task-definition }}");
    String script = rollStep.path("run").asString();
    assertThat(script).contains("--task-definition \"$PREVIOUS_TASK_DEFINITION\" --force-new-deployment");
    assertThat(script.indexOf("if [ -z \"$PREVIOUS_TASK_DEFINITION\" ]")).as("guard before the update")
        .isBetween(0, script.indexOf("aws ecs update-service"));
    // The output exists and is the step output recorded before the deploy's own update-service.
    assertRecordsThenRollsOutThenChecks(job(deploy, "deploy-" + stage),
        step(job(deploy, "deploy-" + stage), runs("curl"), "health").at("/env/HEALTH_URL").asString());

    int stable = indexOf(rollback, runs("aws ecs wait services-stable"), "wait services-stable");
    int health = indexOf(rollback, runs("curl"), "health check");
    int slack = indexOf(rollback, uses("slackapi/slack-github-action"), "Slack");
    assertThat(List.of(credentials, roll, stable, health, slack)).isSorted().doesNotHaveDuplicates();
    JsonNode check = steps(rollback).get(health);
    assertThat(check.at("/env/ATTEMPTS").asString()).isEqualTo(String.valueOf(attempts));
    assertThat(check.at("/env/DELAY_SECONDS").asString()).isEqualTo("10");
    assertBoundedHealthCheck(check, check.at("/env/HEALTH_URL").asString());

    JsonNode notify = steps(rollback).get(slack);
    assertThat(notify.path("uses").asString()).isEqualTo(Slack.REF.uses());
    assertThat(notify.path("if").asString()).isEqualTo("!cancelled()");
    assertThat(notify.at("/with/webhook").asString()).isEqualTo("${{ secrets.SLACK_WEBHOOK }}");
    assertThat(notify.at("/with/webhook-type").asString()).isEqualTo("incoming-webhook");
    assertThat(steps(rollback).subList(0, roll + 1)).noneMatch(runs("describe-services"));
    assertThat(steps(rollback).get(stable).at("/env/TASK_DEFINITION").asString())
        .isEqualTo(rollStep.at("/env/PREVIOUS_TASK_DEFINITION").asString());
    return rollback;
  }

  private static void assertBoundedHealthCheck(JsonNode step, String url) {
    assertThat(step.at("/env/HEALTH_URL").asString()).isEqualTo(url);
    assertThat(Integer.parseInt(step.at("/env/ATTEMPTS").asString())).isPositive();
    assertThat(step.path("run").asString()).contains(
        "for attempt in $(seq 1 \"$ATTEMPTS\"); do",
        "curl --fail --silent --show-error --max-time 10",
        "sleep \"$DELAY_SECONDS\"",
        "exit 1");
  }
}
