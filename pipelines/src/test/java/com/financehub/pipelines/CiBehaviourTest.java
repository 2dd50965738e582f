package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Event;
import dev.gha4j.sim.Simulation;
import dev.gha4j.sim.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What ci.yml does, simulated: which jobs run for which event, and what a failure stops. */
class CiBehaviourTest {

  private static final Workflow CI = new FinanceHubCi().workflow();

  private static List<String> allJobs() {
    return CI.jobs().stream().map(Job::id).toList();
  }

  @Test
  void pushToMainRunsEveryJobButThePullRequestOnlyDependencyReview() {
    String sha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    SimulationResult run = Simulation.of(CI).on(Event.push("main").changing("apps/backend/src/core/views.py"))
        .sha(sha).run();
    List<String> expected = allJobs().stream().filter(id -> !id.equals("dependency-review")).toList();
    assertThat(run.executionOrder()).as(run.toString()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(run.jobs()).filteredOn(j -> j.ran()).allMatch(j -> j.succeeded(), "succeeded");
    assertThat(run.job("dependency-review").skipped()).isTrue();
    assertThat(run.job("dependency-review").reason()).contains("github.event_name == 'pull_request'");
    // The lint and test commands really ran, against the fakes.
    assertThat(run.calls("mypy")).containsExactly(List.of(".", "--ignore-missing-imports"));
    assertThat(run.calls("coverage")).contains(List.of("report", "--fail-under=80"));
    assertThat(run.calls("docker")).containsExactly(
        List.of("build", "-t", "financehub-backend:" + sha, "-f", "apps/backend/Dockerfile", "apps/backend"));
    assertThat(run.job("container-scan").step("Scan image with Trivy").input("image-ref"))
        .isEqualTo("financehub-backend:" + sha);
  }

  @Test
  void pullRequestToMainAlsoRunsDependencyReview() {
    SimulationResult run = Simulation.of(CI).on(Event.pullRequest("main").changing("apps/frontend/package.json")).run();
    assertThat(run.executionOrder()).as(run.toString()).containsExactlyInAnyOrderElementsOf(allJobs());
    assertThat(run.job("dependency-review").succeeded()).isTrue();
  }

  @Test
  void pushToAnotherBranchDoesNotRunCi() {
    SimulationResult run = Simulation.of(CI).on(Event.push("feature/login")).run();
    assertThat(run.triggered()).as(run.toString()).isFalse();
  }

  @Test
  void backendTestDoesNotStartWhenMigrationCheckFails() {
    SimulationResult run = Simulation.of(CI).on(Event.push("main"))
        .fake("python", python -> python.when("manage.py migrate *",
            Answer.fails(1, "django.db.utils.ProgrammingError: relation \"accounts\" does not exist")))
        .run();
    assertThat(run.job("migration-check").failed()).as(run.toString()).isTrue();
    assertThat(run.job("migration-check").step("Apply all migrations to an empty database").stderr())
        .contains("ProgrammingError");
    assertThat(run.job("migration-check").step("Django system checks").skipped()).isTrue();
    assertThat(run.job("backend-test").ran()).isFalse();
    assertThat(run.job("backend-test").reason()).contains("migration-check failure");
    assertThat(run.executionOrder()).doesNotContain("backend-test").contains("backend-lint", "frontend-test");
    assertThat(run.calls("coverage")).isEmpty();
  }

  @Test
  void aCoverageBelowTheGateFailsBackendTests() {
    SimulationResult run = Simulation.of(CI).on(Event.push("main"))
        .fake("coverage", c -> c.when("report --fail-under=80", Answer.fails(2, "Coverage failure: total of 71 is less than fail-under=80")))
        .run();
    assertThat(run.job("backend-test").failed()).as(run.toString()).isTrue();
    assertThat(run.job("backend-test").step("Upload coverage to Codecov").skipped()).isTrue();
    // The reports are uploaded even when the gate fails (if: !cancelled()).
    assertThat(run.job("backend-test").step("Upload test reports").ran()).isTrue();
  }
}
