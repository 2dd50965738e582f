package com.financehub.pipelines;

import static com.financehub.pipelines.Yaml.indexOf;
import static com.financehub.pipelines.Yaml.job;
import static com.financehub.pipelines.Yaml.runs;
import static com.financehub.pipelines.Yaml.step;
import static com.financehub.pipelines.Yaml.uses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SEC-1 … SEC-3 of REQUIREMENTS.md, asserted on the committed security.yml. */
class SecurityRequirementsTest {
  private final JsonNode security = Yaml.workflow("security.yml");

  @Test
  void sec1_runsOnDependencyPullRequestsWeeklyAndByHand() {
    assertThat(security.path("on").propertyNames()).containsExactlyInAnyOrder("pull_request", "schedule", "workflow_dispatch");
    assertThat(security.at("/on/pull_request/paths").values()).extracting(JsonNode::asString)
        .containsExactly("**/requirements*.txt", "**/package*.json", "**/Pipfile", "**/pyproject.toml");
    assertThat(security.at("/on/schedule/0/cron").asString()).isEqualTo("0 0 * * 0");
    assertThat(security.at("/on/schedule").size()).isEqualTo(1);
  }

  @Test
  void sec2_auditsBothDependencySetsAndAnalysesTheCodeAndEachFailsOnFindings() {
    JsonNode pip = step(job(security, "pip-audit"), uses("pypa/gh-action-pip-audit"), "pip-audit");
    assertThat(pip.at("/with/inputs").asString()).contains("apps/backend/requirements.txt");
    assertThat(pip.path("with").propertyNames()).as("pip-audit fails on findings unless told otherwise")
        .containsExactly("inputs");

    JsonNode npm = job(security, "npm-audit");
    int install = indexOf(npm, runs("npm ci"), "npm ci");
    int audit = indexOf(npm, s -> s.path("run").asString("").equals("npm audit --audit-level=high"), "npm audit");
    assertThat(install).isLessThan(audit);
    assertThat(Yaml.steps(npm).get(audit).path("working-directory").asString()).isEqualTo("apps/frontend");

    JsonNode codeql = job(security, "codeql");
    assertThat(codeql.at("/strategy/matrix/language").values()).extracting(JsonNode::asString)
        .containsExactly("python", "javascript-typescript");
    assertThat(step(codeql, uses("github/codeql-action/init"), "init").at("/with/languages").asString())
        .isEqualTo("${{ matrix.language }}");
    int analyze = indexOf(codeql, uses("github/codeql-action/analyze"), "analyze");
    String analyzeId = Yaml.steps(codeql).get(analyze).path("id").asString();
    int gate = indexOf(codeql, runs("CodeQL found"), "a step that fails on CodeQL results");
    assertThat(analyze).isLessThan(gate);
    JsonNode gateStep = Yaml.steps(codeql).get(gate);
    assertThat(gateStep.at("/env/SARIF_DIR").asString()).isEqualTo("${{ steps." + analyzeId + ".outputs.sarif-output }}");
    assertThat(gateStep.path("run").asString()).contains("exit 1");
  }

  @Test
  void sec3_everyJobHasATimeoutAndOnlyCodeqlMayWriteSecurityEvents() {
    assertThat(security.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(security.at("/permissions/contents").asString()).isEqualTo("read");
    for (var job : security.path("jobs").properties()) {
      JsonNode j = job.getValue();
      assertThat(j.path("timeout-minutes").asInt()).as(job.getKey()).isPositive();
      if (job.getKey().equals("codeql")) {
        assertThat(j.at("/permissions/security-events").asString()).isEqualTo("write");
        assertThat(j.at("/permissions/contents").asString()).isEqualTo("read");
        assertThat(j.at("/permissions/actions").asString()).isEqualTo("read");
        assertThat(j.path("permissions").propertyNames()).hasSize(3);
      } else {
        assertThat(j.has("permissions")).as(job.getKey()).isFalse();
      }
      for (JsonNode s : Yaml.steps(j)) {
        if (uses("actions/setup-python").test(s)) {
          assertThat(s.at("/with/python-version").asString()).isEqualTo("${{ env.PYTHON_VERSION }}");
        }
      }
    }
    assertThat(security.at("/env/PYTHON_VERSION").asString()).isEqualTo("3.11");
  }
}
