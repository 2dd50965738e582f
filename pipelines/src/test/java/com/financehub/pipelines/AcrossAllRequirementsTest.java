package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Embedded;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * ALL-1, ALL-2, ALL-3 and ALL-5 of REQUIREMENTS.md over every committed workflow. ALL-4 (actionlint
 * and GitHub's parser find nothing) is {@code WorkflowCheckTest}.
 */
class AcrossAllRequirementsTest {

  @Test
  void all1_noSilentFailureAnywhere() {
    for (Map.Entry<String, String> script : Yaml.allScripts().entrySet()) {
      assertThat(script.getValue()).as(script.getKey())
          .doesNotContain("|| true", "set +e")
          .doesNotContainPattern("\\|\\|\\s*:\\s*($|;)");
    }
    for (String file : Yaml.files()) {
      for (JsonNode job : Yaml.jobs(Yaml.workflow(file))) {
        assertThat(job.has("continue-on-error")).as(file).isFalse();
        assertThat(Yaml.steps(job)).as(file).noneMatch(s -> s.has("continue-on-error"));
      }
    }
  }

  @Test
  void all1_everyWorkflowRunsItsScriptsWithPipefail() {
    // Without a shell GitHub runs `bash -e {0}`: `a | b` succeeds when a fails. `shell: bash` is
    // `bash --noprofile --norc -eo pipefail {0}` (the runner's ScriptHandler).
    for (String file : Yaml.files()) {
      JsonNode shell = Yaml.workflow(file).path("defaults").path("run").path("shell");
      assertThat(shell.asString()).as(file + ": defaults.run.shell").isEqualTo("bash");
      for (JsonNode job : Yaml.jobs(Yaml.workflow(file))) {
        assertThat(Yaml.steps(job)).as(file).noneMatch(s -> s.has("shell"));
      }
    }
  }

  @Test
  void all2_everyActionIsPinnedToACommitOfAReleaseAndNoneIsDeprecated() {
    Pattern pinnedLine = Pattern.compile("uses: ([\\w.-]+/[\\w./-]+)@([0-9a-f]{40}) # (v\\d+\\.\\d+\\.\\d+)");
    for (String file : Yaml.files()) {
      List<String> usesLines = Yaml.text(file).lines().filter(l -> l.contains("uses:")).toList();
      assertThat(usesLines).as(file).isNotEmpty();
      for (String line : usesLines) {
        Matcher m = pinnedLine.matcher(line.strip().replaceFirst("^- ", ""));
        assertThat(m.matches()).as(file + ": " + line).isTrue();
        assertThat(m.group(1)).isNotIn("actions/create-release", "8398a7/action-slack", "aws-actions/configure-aws");
      }
      assertThat(Yaml.text(file)).doesNotContain("@master", "@main", "@latest");
    }
  }

  @Test
  void all3_scriptsReadEventDataOnlyThroughEnv() {
    // Stronger than the rule: no script has any ${{ }} at all, so nothing can be spliced into shell.
    for (Map.Entry<String, String> script : Yaml.allScripts().entrySet()) {
      assertThat(Embedded.find(script.getValue())).as(script.getKey()).isEmpty();
    }
    assertThat(Yaml.allScripts()).hasSizeGreaterThan(20);
  }

  @Test
  void all5_stagingAndProductionComeFromOneMethod() {
    Workflow deploy = new FinanceHubDeploy().workflow();
    for (String kind : List.of("deploy-", "rollback-")) {
      Job staging = deploy.job(kind + "staging");
      Job production = deploy.job(kind + "production");
      assertThat(production.location()).as("both built at the same line of the same method")
          .isEqualTo(staging.location());
      // Step for step the same code; production has one step more, the Stage-switched DB snapshot.
      List<Step> productionSteps = production.steps().stream()
          .filter(s -> s.run() == null || !s.run().contains("create-db-snapshot")).toList();
      assertThat(productionSteps).hasSameSizeAs(staging.steps());
      for (int i = 0; i < staging.steps().size(); i++) {
        Step a = staging.steps().get(i);
        Step b = productionSteps.get(i);
        assertThat(b.location()).isEqualTo(a.location());
        assertThat(b.run()).isEqualTo(a.run());
        assertThat(b.uses()).isEqualTo(a.uses());
        assertThat(b.env().keySet()).isEqualTo(a.env().keySet());
      }
      assertThat(production.env().keySet()).isEqualTo(staging.env().keySet());
      assertThat(production.env().get("CLUSTER").text()).isEqualTo("finance-hub-production");
      assertThat(staging.env().get("CLUSTER").text()).isEqualTo("finance-hub-staging");
    }
  }
}
