package com.financehub.pipelines;

import com.financehub.pipelines.FakeAws.HealthChecked;
import com.financehub.pipelines.FakeAws.Happening;
import com.financehub.pipelines.FakeAws.MigrationRan;
import com.financehub.pipelines.FakeAws.ServiceSet;
import com.financehub.pipelines.FakeAws.SnapshotAvailable;
import dev.gha4j.sim.Call;
import dev.gha4j.sim.Conclusion;
import dev.gha4j.sim.Fault;
import dev.gha4j.sim.FaultRun;
import dev.gha4j.sim.JobReport;
import dev.gha4j.sim.SimulationResult;
import dev.gha4j.sim.StepReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;

/**
 * What must hold after every run of deploy.yml, whatever call failed: read from what the fake AWS
 * account saw ({@link FakeAws#history()}) and from the run's reports, never from command lines.
 * Each check adds a sentence per violation. (Plain checks rather than AssertJ's soft assertions,
 * whose proxies cost seconds to make.)
 */
final class DeployInvariants {
  /** What the workflow says when a rollback has nothing to do (the deploy failed before touching the service). */
  static final String NOTHING_TO_ROLL_BACK = "nothing to roll back";

  private final SimulationResult run;
  private final FakeAws aws;
  private final List<Fault> injected;
  private final List<String> violations = new ArrayList<>();

  private DeployInvariants(FaultRun faulted) {
    this.run = faulted.result();
    this.aws = run.model(FakeAws.class);
    this.injected = faulted.fault().chain();
  }

  /** Checks them all on one run; the violations, or none. */
  static List<String> violations(FaultRun faulted) {
    DeployInvariants i = new DeployInvariants(faulted);
    i.productionRunsOnlyImagesStagingRanHealthily();
    for (Stage stage : List.of(Stage.STAGING, Stage.PRODUCTION)) {
      i.aFailedDeployIsRolledBackToWhatItRecordedOrLeftAlone(stage);
      i.everyRollbackTellsTheTeam(stage);
    }
    i.aReleaseOnlyFollowsAHealthyProduction();
    i.sleepsOnlyDelayRetriesAndLoopsKeepTheirBound();
    i.theSnapshotPrecedesEveryMigration();
    return i.violations;
  }

  private void expect(boolean holds, String what, Object... args) {
    if (!holds) violations.add(String.format(what, args));
  }

  /** Production is only ever set to its old image or one a health check passed on in staging. */
  private void productionRunsOnlyImagesStagingRanHealthily() {
    String before = new FakeAws().image(Stage.PRODUCTION.cluster());
    Set<String> healthyInStaging = new HashSet<>();
    for (Happening h : aws.history()) {
      if (h instanceof HealthChecked c && c.healthy() && c.cluster().equals(Stage.STAGING.cluster())) healthyInStaging.add(c.image());
      if (h instanceof ServiceSet s && s.cluster().equals(Stage.PRODUCTION.cluster()) && !s.image().equals(before)) {
        expect(healthyInStaging.contains(s.image()), "production was set to %s by %s, but staging ran healthily only %s",
            s.image(), s.by(), healthyInStaging);
      }
    }
  }

  /**
   * A deploy that failed or was cancelled after it may have changed its service is rolled back to
   * exactly the task definition it recorded (what ran before); one that failed before changing
   * anything leaves the service alone and says so. A rollback fails only when an injected fault of
   * its own broke it, and then never sets anything else. "May have changed": the deploy asked ECS
   * to update the service, whatever the answer; a call that failed or hung may still have landed
   * (the fake refuses a faulted call, AWS may not have), so a rollback is owed even when the account
   * shows no change.
   */
  private void aFailedDeployIsRolledBackToWhatItRecordedOrLeftAlone(Stage stage) {
    JobReport deploy = run.job(stage.deployJob());
    JobReport rollback = run.job(stage.rollbackJob());
    if (!deploy.failed() && !deploy.cancelled()) {
      expect(rollback.skipped(), "%s %s, yet %s was not skipped", deploy.id(), deploy.result(), rollback.id());
      return;
    }
    expect(rollback.ran(), "%s %s, yet %s did not run: %s", deploy.id(), deploy.result(), rollback.id(), rollback.reason());
    String live = FakeAws.LIVE.get(stage.cluster());
    boolean changed = sets(stage, stage.deployJob()).findAny().isPresent()
        || !deploy.calls("aws").matching("ecs update-service *").isEmpty();
    List<String> restored = sets(stage, stage.rollbackJob()).map(ServiceSet::taskDefinition).toList();
    expect(rollback.succeeded() || brokenByAFault(rollback), "%s failed without a fault of its own", rollback.id());
    if (!changed) {
      expect(restored.isEmpty(), "%s failed before changing %s, yet %s set it to %s", deploy.id(), stage.cluster(),
          rollback.id(), restored);
      expect(!rollback.succeeded() || rollback.steps().stream().anyMatch(st -> st.stdout().contains(NOTHING_TO_ROLL_BACK)),
          "%s changed nothing without saying why", rollback.id());
      return;
    }
    expect(live.equals(deploy.output(FinanceHubDeploy.PREVIOUS_TASK_DEFINITION)), "%s recorded %s, not what ran before: %s",
        deploy.id(), deploy.output(FinanceHubDeploy.PREVIOUS_TASK_DEFINITION), live);
    expect(restored.stream().allMatch(live::equals), "%s set %s, not only the recorded %s", rollback.id(), restored, live);
    if (rollback.succeeded()) {
      expect(restored.equals(List.of(live)), "%s succeeded but set %s, not exactly %s", rollback.id(), restored, live);
      expect(live.equals(aws.service(stage.cluster())), "%s runs %s after the rollback, not %s", stage.cluster(),
          aws.service(stage.cluster()), live);
    }
  }

  /** Every rollback that ran told Slack, saying FAILED exactly when a step before failed. */
  private void everyRollbackTellsTheTeam(Stage stage) {
    JobReport rollback = run.job(stage.rollbackJob());
    if (!rollback.ran()) return;
    StepReport slack = rollback.step("Notify Slack");
    expect(slack.ran(), "%s did not tell Slack: %s", rollback.id(), slack.message());
    if (!slack.ran()) return;
    boolean earlierFailed = rollback.steps().subList(0, rollback.steps().indexOf(slack)).stream()
        .anyMatch(st -> st.failed() || st.outcome() == Conclusion.CANCELLED);
    expect(slack.input("payload").contains("FAILED") == earlierFailed, "%s told Slack '%s' after %s", rollback.id(),
        slack.input("payload").lines().findFirst().orElse(""), earlierFailed ? "a failed step" : "no failure");
  }

  /** A release exists only when production runs the new image and its last health check passed. */
  private void aReleaseOnlyFollowsAHealthyProduction() {
    JobReport release = run.job("release");
    if (!release.ran() || !release.step("Create GitHub release").succeeded()) return;
    expect(run.job(Stage.PRODUCTION.deployJob()).succeeded(), "a release without a successful production deploy");
    String image = FakeAws.REPOSITORY + "@" + FakeAws.DIGEST;
    expect(image.equals(aws.image(Stage.PRODUCTION.cluster())), "released while production runs %s, not %s",
        aws.image(Stage.PRODUCTION.cluster()), image);
    HealthChecked last = aws.history().stream().filter(h -> h instanceof HealthChecked c
        && c.cluster().equals(Stage.PRODUCTION.cluster())).map(HealthChecked.class::cast).reduce((a, b) -> b).orElse(null);
    expect(last != null && last.healthy() && last.image().equals(image), "released after production's last health check %s", last);
  }

  /**
   * No step waits on a fixed sleep: every sleep lies between a call and its retry. A step that
   * retries a call to the outside makes at most its {@code ATTEMPTS} calls.
   */
  private void sleepsOnlyDelayRetriesAndLoopsKeepTheirBound() {
    for (JobReport job : run.jobs()) {
      for (StepReport step : job.steps()) {
        List<Call> calls = step.calls().details();
        for (int i = 0; i < calls.size(); i++) {
          if (!calls.get(i).command().equals("sleep")) continue;
          boolean retry = i > 0 && i + 1 < calls.size() && calls.get(i + 1).command().equals(calls.get(i - 1).command())
              && calls.get(i + 1).line().equals(calls.get(i - 1).line());
          expect(retry, "%s › %s: sleep %s is not the delay of a retry", job.name(), step.name(), calls.get(i).line());
        }
        // The same call to the outside again (jq, a local filter, runs one program on several inputs).
        long retried = calls.stream().filter(c -> FakeAws.COMMANDS.contains(c.command()))
            .filter(c -> calls.stream().filter(d -> d.command().equals(c.command()) && d.line().equals(c.line())).count() > 1)
            .count();
        if (retried == 0) continue;
        String bound = step.env().get("ATTEMPTS");
        expect(bound != null && retried <= Integer.parseInt(bound), "%s › %s made %s calls, beyond its bound ATTEMPTS=%s",
            job.name(), step.name(), retried, bound);
      }
    }
  }

  /** Where a stage snapshots its database, every migration there starts after a snapshot became available. */
  private void theSnapshotPrecedesEveryMigration() {
    boolean snapshotted = false;
    for (Happening h : aws.history()) {
      if (h instanceof SnapshotAvailable) snapshotted = true;
      if (h instanceof MigrationRan m && m.cluster().equals(Stage.PRODUCTION.cluster()) && Stage.PRODUCTION.snapshotDatabase()) {
        expect(snapshotted, "the migration by %s started before any snapshot", m.by());
      }
    }
  }

  private java.util.stream.Stream<ServiceSet> sets(Stage stage, String job) {
    return aws.history().stream().filter(h -> h instanceof ServiceSet s && s.cluster().equals(stage.cluster())
        && s.by().job().equals(job)).map(ServiceSet.class::cast);
  }

  /** An injected fault broke a call of this job. */
  private boolean brokenByAFault(JobReport job) {
    return injected.stream().anyMatch(f -> f.site().job().equals(job.name()));
  }
}
