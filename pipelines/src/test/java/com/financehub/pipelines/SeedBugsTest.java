package com.financehub.pipelines;

import static com.financehub.pipelines.Yaml.job;
import static com.financehub.pipelines.Yaml.runs;
import static com.financehub.pipelines.Yaml.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.actions.ConfigureAwsCredentials;
import dev.gha4j.actions.Trivy;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One test per bug in the FinanceHub task cards (the seeds), each showing the bug is not in what
 * gha4j generates. The cards' YAML is quoted in the test names' words, not copied.
 */
class SeedBugsTest {

  @Test
  void theNonexistentConfigureAwsActionIsNotUsed() {
    for (String file : Yaml.files()) {
      assertThat(Yaml.text(file)).as(file).doesNotContain("aws-actions/configure-aws@", "configure-aws@v4");
    }
    assertThat(Yaml.text("deploy.yml")).contains("aws-actions/configure-aws-credentials@" + ConfigureAwsCredentials.REF.sha());
  }

  @Test
  void showmigrationsListIsNotUsedAsAMigrationGate() {
    assertThat(Yaml.allScripts().values()).noneMatch(s -> s.contains("showmigrations"));
    JsonNode check = job(Yaml.workflow("ci.yml"), "migration-check");
    step(check, runs("makemigrations --check --dry-run"), "that fails on a missing migration");
    step(check, runs("migrate --noinput"), "that fails on a migration that cannot apply");
  }

  @Test
  void noFixedSleepStandsInForAWait() {
    for (var script : Yaml.allScripts().entrySet()) {
      assertThat(script.getValue()).as(script.getKey()).doesNotContainPattern("sleep\\s+\\d");
      // The one sleep left is the pause between health-check attempts inside a bounded loop.
      if (script.getValue().contains("sleep")) {
        assertThat(script.getValue()).as(script.getKey()).contains("for attempt in $(seq 1 \"$ATTEMPTS\")");
      }
    }
  }

  @Test
  void noActionIsReferencedByABranch() {
    for (String file : Yaml.files()) {
      assertThat(Yaml.text(file)).as(file).doesNotContain("@master", "@main");
    }
    assertThat(Yaml.text("ci.yml")).contains("aquasecurity/trivy-action@" + Trivy.REF.sha());
  }

  @Test
  void theArchivedCreateReleaseActionIsNotUsed() {
    for (String file : Yaml.files()) assertThat(Yaml.text(file)).as(file).doesNotContain("actions/create-release");
  }

  @Test
  void theArchivedActionSlackIsNotUsed() {
    for (String file : Yaml.files()) assertThat(Yaml.text(file)).as(file).doesNotContain("8398a7/action-slack");
  }

  @Test
  void mypyIsNotMaskedByOrTrue() {
    List<String> mypy = Yaml.allScripts().values().stream().filter(s -> s.contains("mypy")).toList();
    assertThat(mypy).containsExactly("mypy . --ignore-missing-imports");
  }

  @Test
  void rollbackDoesNotAskEcsForTheTaskDefinitionAfterTheFailedRollout() {
    // The card asked describe-services which revision to go back to; after a failed rollout that
    // is the failed revision. The target must come from what the deploy job recorded beforehand.
    JsonNode deploy = Yaml.workflow("deploy.yml");
    for (String stage : List.of("staging", "production")) {
      JsonNode rollback = job(deploy, "rollback-" + stage);
      int update = Yaml.indexOf(rollback, runs("aws ecs update-service"), "update-service");
      assertThat(Yaml.steps(rollback).subList(0, update + 1)).as(stage).noneMatch(runs("describe-services"));
      assertThat(Yaml.steps(rollback).get(update).at("/env/PREVIOUS_TASK_DEFINITION").asString())
          .isEqualTo("${{ needs.deploy-" + stage + ".outputs.previous-task-definition }}");
    }
  }

  @Test
  void theMigrationTaskIsFollowedByItsArnNotItsDefinitionName() {
    assertThat(Yaml.allScripts().values()).noneMatch(s -> s.contains("--tasks financehub-migrate"));
    assertThat(Yaml.allScripts().values().stream().filter(s -> s.contains("describe-tasks")))
        .isNotEmpty().allMatch(s -> s.contains("--tasks \"$TASK_ARN\""));
  }

  @Test
  void managePyRunsInTheDirectoryThatHoldsIt() {
    // The card ran `cd apps/backend && python manage.py ...`; manage.py lives in apps/backend/src.
    List<JsonNode> django = Yaml.allSteps().stream().filter(runs("manage.py")).toList();
    assertThat(django).isNotEmpty()
        .allMatch(s -> s.path("working-directory").asString("").equals("apps/backend/src"));
  }

  @Test
  void theScannedImageTagIsAValidDockerReference() {
    // The card tagged ${{ github.repository }}:sha, which has upper-case letters in many repositories.
    JsonNode build = step(job(Yaml.workflow("ci.yml"), "container-scan"), runs("docker build"), "docker build");
    assertThat(build.at("/env/IMAGE").asString()).doesNotContain("github.repository").matches("[a-z0-9-]+:\\$\\{\\{ github.sha }}");
  }

  @Test
  void frontendDependenciesInstallFromTheLockfile() {
    // The card used `npm install`, which may rewrite the lockfile and install something else.
    assertThat(Yaml.allScripts().values()).noneMatch(s -> s.contains("npm install"));
  }
}
