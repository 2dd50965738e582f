package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Workflow;
import dev.gha4j.sim.ActionStub;
import dev.gha4j.sim.Answer;
import dev.gha4j.sim.Event;
import dev.gha4j.sim.JobReport;
import dev.gha4j.sim.Simulation;
import dev.gha4j.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** What security.yml does, simulated: when it runs, and that findings fail it. */
class SecurityBehaviourTest {

  private static final Workflow SECURITY = new FinanceHubSecurity().workflow();

  private static Simulation security(Event event) {
    return Simulation.of(SECURITY).on(event)
        .action("github/codeql-action/analyze", ActionStub.succeeds().output("sarif-output", "../results"))
        .workspaceFile("../results/python.sarif", "{\"runs\":[]}")
        // jq may be missing where the tests run; the gate's count query is all it answers.
        .fake("jq", jq -> jq.when("-s *length*", Answer.prints("0")));
  }

  @Test
  void aPullRequestTouchingOnlyDocsDoesNotRunTheScans() {
    SimulationResult run = security(Event.pullRequest("main").changing("docs/deploy.md", "README.md")).run();
    assertThat(run.triggered()).as(run.toString()).isFalse();
    assertThat(run.triggerReason()).contains("matches paths");
  }

  @Test
  void aPullRequestChangingBackendRequirementsRunsEveryScan() {
    SimulationResult run = security(Event.pullRequest("main").changing("docs/deploy.md", "apps/backend/requirements.txt")).run();
    assertThat(run.triggered()).as(run.toString()).isTrue();
    assertThat(run.executionOrder()).containsExactly("pip-audit", "npm-audit",
        "codeql (python)", "codeql (javascript-typescript)");
    assertThat(run.jobs()).allMatch(JobReport::succeeded, "succeeded");
    assertThat(run.calls("npm")).contains(java.util.List.of("audit", "--audit-level=high"));
  }

  @Test
  void frontendLockfileChangesAndTheWeeklyScheduleRunItToo() {
    assertThat(security(Event.pullRequest("main").changing("apps/frontend/package-lock.json")).run().triggered()).isTrue();
    assertThat(security(Event.schedule("0 0 * * 0")).run().triggered()).isTrue();
    assertThat(security(Event.workflowDispatch()).run().triggered()).isTrue();
  }

  @Test
  void codeqlFindingsFailTheirLanguageOnly() {
    SimulationResult run = security(Event.workflowDispatch())
        .fake("jq", jq -> jq.when("-s *length*", Answer.prints("2"), Answer.prints("0"))
            .when("-r -s *", Answer.prints("py/sql-injection at apps/backend/src/core/views.py:12: query built from user input")))
        .run();
    JobReport python = run.jobs("codeql").get(0);
    assertThat(python.failed()).as(run.toString()).isTrue();
    assertThat(python.step("Fail on findings").stdout()).contains("py/sql-injection", "CodeQL found 2 problem(s)");
    // fail-fast is off: the other language still runs to the end.
    assertThat(run.jobs("codeql").get(1).succeeded()).isTrue();
  }

  @Test
  void aVulnerableNpmDependencyFailsTheAudit() {
    SimulationResult run = security(Event.workflowDispatch())
        .fake("npm", npm -> npm.when("audit *", Answer.fails(1, "1 high severity vulnerability")))
        .run();
    assertThat(run.job("npm-audit").failed()).as(run.toString()).isTrue();
    assertThat(run.job("pip-audit").succeeded()).isTrue();
  }
}
