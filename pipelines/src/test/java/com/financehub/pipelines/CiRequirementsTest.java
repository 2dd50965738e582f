package com.financehub.pipelines;

import static com.financehub.pipelines.Yaml.indexOf;
import static com.financehub.pipelines.Yaml.job;
import static com.financehub.pipelines.Yaml.runs;
import static com.financehub.pipelines.Yaml.step;
import static com.financehub.pipelines.Yaml.steps;
import static com.financehub.pipelines.Yaml.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.actions.Codecov;
import dev.gha4j.actions.DependencyReview;
import dev.gha4j.actions.UploadArtifact;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CI-1 … CI-12 of REQUIREMENTS.md, asserted on the committed ci.yml. */
class CiRequirementsTest {
  private final JsonNode ci = Yaml.workflow("ci.yml");

  @Test
  void ci1_runsOnPushAndPullRequestToMainAndCancelsSupersededPullRequestRuns() {
    assertThat(ci.path("on").propertyNames()).containsExactly("push", "pull_request");
    assertThat(ci.at("/on/push/branches").values()).extracting(JsonNode::asString).containsExactly("main");
    assertThat(ci.at("/on/pull_request/branches").values()).extracting(JsonNode::asString).containsExactly("main");
    assertThat(ci.at("/concurrency/group").asString()).contains("${{ github.ref }}");
    assertThat(ci.at("/concurrency/cancel-in-progress").asString())
        .isEqualTo("${{ github.event_name == 'pull_request' }}");
  }

  @Test
  void ci2_backendLintRunsRuffAndMypyAndTypeErrorsFailTheJob() {
    JsonNode lint = job(ci, "backend-lint");
    for (String command : List.of("ruff check .", "ruff format --check .", "mypy . --ignore-missing-imports")) {
      JsonNode step = step(lint, s -> s.path("run").asString("").equals(command), command);
      assertThat(step.path("working-directory").asString()).isEqualTo("apps/backend/src");
      assertThat(step.has("continue-on-error")).as(command).isFalse();
    }
    assertThat(lint.has("continue-on-error")).isFalse();
  }

  @Test
  void ci3_migrationCheckUsesPostgresService() {
    JsonNode job = job(ci, "migration-check");
    assertThat(job.path("timeout-minutes").asInt()).isEqualTo(5);
    JsonNode postgres = job.at("/services/postgres");
    assertThat(postgres.path("image").asString()).isEqualTo("postgres:15");
    assertThat(postgres.path("env").propertyNames()).containsExactly("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD");
    assertThat(postgres.path("options").asString()).contains(
        "--health-cmd pg_isready", "--health-interval 10s", "--health-timeout 5s", "--health-retries 5");
    assertThat(postgres.path("ports").values()).extracting(JsonNode::asString).containsExactly("5432:5432");
    assertThat(job.path("env").propertyNames()).contains("DATABASE_URL", "DJANGO_SECRET_KEY");
    assertThat(job.at("/env/DJANGO_SETTINGS_MODULE").asString()).isEqualTo("core.settings");

    JsonNode python = step(job, uses("actions/setup-python"), "setup-python");
    assertThat(python.at("/with/python-version").asString()).isEqualTo("${{ env.PYTHON_VERSION }}");
    assertThat(python.at("/with/cache").asString()).isEqualTo("pip");
    int checkout = indexOf(job, uses("actions/checkout"), "checkout");
    int install = indexOf(job, runs("pip install -r requirements-testing.txt"), "installing requirements-testing.txt");
    int makemigrations = indexOf(job, runs("python manage.py makemigrations --check --dry-run"), "makemigrations --check");
    int migrate = indexOf(job, runs("python manage.py migrate --noinput"), "migrate --noinput");
    assertThat(List.of(checkout, indexOf(job, uses("actions/setup-python"), "setup"), install, makemigrations, migrate))
        .isSorted().doesNotHaveDuplicates();
  }

  @Test
  void ci4_backendTestsNeedLintAndMigrationsAndGateCoverageAt80Percent() {
    JsonNode job = job(ci, "backend-test");
    assertThat(job.path("needs").values()).extracting(JsonNode::asString).containsExactly("backend-lint", "migration-check");
    assertThat(job.at("/services/postgres")).isEqualTo(job(ci, "migration-check").at("/services/postgres"));
    int tests = indexOf(job, runs("coverage run manage.py test"), "running the tests with coverage");
    int gate = indexOf(job, s -> s.path("run").asString("").equals("coverage report --fail-under=80"), "coverage gate");
    assertThat(tests).isLessThan(gate);
    JsonNode codecov = step(job, uses("codecov/codecov-action"), "Codecov upload");
    assertThat(codecov.path("uses").asString()).isEqualTo(Codecov.REF.uses());
    assertThat(Codecov.REF.version()).startsWith("v5.");
    assertThat(codecov.at("/with/token").asString()).isEqualTo("${{ secrets.CODECOV_TOKEN }}");
    JsonNode reports = step(job, uses("actions/upload-artifact"), "test report upload");
    assertThat(UploadArtifact.REF.version()).startsWith("v7.");
    assertThat(reports.at("/with/path").asString()).contains("coverage.xml");
  }

  @Test
  void ci5_djangoSystemChecksRunInABackendJob() {
    JsonNode check = step(job(ci, "migration-check"), runs("python manage.py check --deploy"), "check --deploy");
    assertThat(check.path("run").asString()).contains("python manage.py check --fail-level WARNING");
    assertThat(check.path("working-directory").asString()).isEqualTo("apps/backend/src");
  }

  @Test
  void ci6_frontendLintInstallsFromTheLockfileAndChecksLintAndFormat() {
    JsonNode job = job(ci, "frontend-lint");
    assertNode20WithNpmCache(job);
    int install = indexOf(job, s -> s.path("run").asString("").equals("npm ci"), "npm ci");
    int lint = indexOf(job, s -> s.path("run").asString("").equals("npm run lint"), "npm run lint");
    int format = indexOf(job, s -> s.path("run").asString("").equals("npm run format:check"), "format:check");
    assertThat(List.of(install, lint, format)).isSorted();
    for (int i : List.of(install, lint, format)) {
      assertThat(steps(job).get(i).path("working-directory").asString()).isEqualTo("apps/frontend");
    }
  }

  @Test
  void ci7_frontendTestsRunWithCoverage() {
    JsonNode job = job(ci, "frontend-test");
    assertNode20WithNpmCache(job);
    assertThat(indexOf(job, s -> s.path("run").asString("").equals("npm ci"), "npm ci"))
        .isLessThan(indexOf(job, s -> s.path("run").asString("").equals("npm test -- --coverage"), "npm test"));
  }

  @Test
  void ci8_dependencyReviewRunsOnPullRequestsFailsOnCriticalAndAllowsOnlyListedLicences() {
    JsonNode job = job(ci, "dependency-review");
    assertThat(job.path("if").asString()).isEqualTo("github.event_name == 'pull_request'");
    JsonNode review = step(job, uses("actions/dependency-review-action"), "dependency review");
    assertThat(review.path("uses").asString()).isEqualTo(DependencyReview.REF.uses());
    assertThat(DependencyReview.REF.version()).startsWith("v4.");
    assertThat(review.at("/with/fail-on-severity").asString()).isEqualTo("critical");
    // The action splits the list on commas and trims each entry.
    assertThat(review.at("/with/allow-licenses").asString().split("\\s*,\\s*"))
        .containsExactly("MIT", "Apache-2.0", "BSD-3-Clause");
    // Inputs that dependency-review-action v4.9.0's action.yml declares (the seed's were all real too).
    Set<String> realInputs = Set.of("repo-token", "fail-on-severity", "fail-on-scopes", "base-ref", "head-ref",
        "config-file", "allow-licenses", "deny-licenses", "allow-dependencies-licenses", "allow-ghsas",
        "license-check", "vulnerability-check", "comment-summary-in-pr", "deny-packages", "deny-groups", "warn-only");
    assertThat(realInputs).containsAll(review.path("with").propertyNames());
  }

  @Test
  void ci9_containerScanBuildsTheBackendImageAndTrivyFailsOnHighOrCritical() {
    JsonNode job = job(ci, "container-scan");
    JsonNode build = step(job, runs("docker build"), "docker build");
    assertThat(build.path("run").asString()).isEqualTo("docker build -t \"$IMAGE\" -f apps/backend/Dockerfile apps/backend");
    String image = build.at("/env/IMAGE").asString();
    assertThat(image).endsWith(":${{ github.sha }}");
    JsonNode trivy = step(job, uses("aquasecurity/trivy-action"), "Trivy");
    assertThat(trivy.path("uses").asString()).matches("aquasecurity/trivy-action@[0-9a-f]{40}");
    assertThat(trivy.at("/with/image-ref").asString()).isEqualTo(image);
    assertThat(trivy.at("/with/exit-code").asString()).isEqualTo("1");
    assertThat(trivy.at("/with/severity").asString()).isEqualTo("CRITICAL,HIGH");
    assertThat(trivy.at("/with/vuln-type").asString()).isEqualTo("os,library");
  }

  @Test
  void ci10_securityScansRunOnEveryPullRequestAndTheirFailureFailsCi() {
    assertThat(ci.at("/on/pull_request").has("paths")).as("a paths filter would skip scans on some PRs").isFalse();
    JsonNode scan = job(ci, "container-scan");
    assertThat(scan.has("if")).as("the container scan runs for every event").isFalse();
    assertThat(job(ci, "dependency-review").path("if").asString()).isEqualTo("github.event_name == 'pull_request'");
    for (String id : List.of("container-scan", "dependency-review")) {
      JsonNode job = job(ci, id);
      assertThat(job.has("continue-on-error")).as(id).isFalse();
      assertThat(steps(job)).as(id).noneMatch(s -> s.has("continue-on-error"));
    }
  }

  @Test
  void ci11_jobsStartInParallelAndUseDependencyCaches() {
    // Only the tests wait, for lint and the migration check (CI-4); everything else starts at once.
    for (var job : ci.path("jobs").properties()) {
      if (!job.getKey().equals("backend-test")) assertThat(job.getValue().has("needs")).as(job.getKey()).isFalse();
    }
    for (JsonNode job : Yaml.jobs(ci)) {
      for (JsonNode s : steps(job)) {
        if (uses("actions/setup-python").test(s)) assertThat(s.at("/with/cache").asString()).isEqualTo("pip");
        if (uses("actions/setup-node").test(s)) assertThat(s.at("/with/cache").asString()).isEqualTo("npm");
      }
    }
  }

  @Test
  void ci12_everyJobHasATimeoutReadOnlyTokenAndTheWorkflowPythonVersion() {
    assertThat(ci.path("permissions").propertyNames()).containsExactly("contents");
    assertThat(ci.at("/permissions/contents").asString()).isEqualTo("read");
    assertThat(ci.at("/env/PYTHON_VERSION").asString()).isEqualTo("3.11");
    for (JsonNode job : Yaml.jobs(ci)) {
      assertThat(job.path("timeout-minutes").asInt()).as(job.path("name").asString()).isPositive();
      assertThat(job.has("permissions")).as("no CI job needs more than the workflow grants").isFalse();
      for (JsonNode s : steps(job)) {
        if (uses("actions/setup-python").test(s)) {
          assertThat(s.at("/with/python-version").asString()).isEqualTo("${{ env.PYTHON_VERSION }}");
        }
      }
    }
  }

  private static void assertNode20WithNpmCache(JsonNode job) {
    JsonNode node = step(job, uses("actions/setup-node"), "setup-node");
    assertThat(node.at("/with/node-version").asString()).isEqualTo("20");
    assertThat(node.at("/with/cache").asString()).isEqualTo("npm");
  }
}
