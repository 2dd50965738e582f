package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.sim.FaultKind;
import dev.gha4j.sim.FaultRun;
import dev.gha4j.sim.FaultRuns;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * deploy.yml proven against every fault of its calls: each call the deploy makes (every {@code aws},
 * {@code docker} and {@code curl} call, every {@code uses} step) is made to fail, and where it
 * matters to fail every time, hang, or answer nothing; then the calls only those runs reach (the
 * rollbacks', the retries') in turn. After each run the invariants of {@link DeployInvariants} must
 * hold. One dynamic test per fault, named after the call that broke.
 */
class DeployFaultsTest {

  @TestFactory
  Stream<DynamicTest> everyInvariantHoldsWhateverCallFails() {
    long start = System.nanoTime();
    FaultRuns runs = DeployBehaviourTest.deploy(FakeAws::new)
        // Configured, so the snapshot's calls are swept too and DEP-9's order is checked.
        .variable("RDS_INSTANCE_ID", "financehub-prod-db")
        .faults().sparing("jq").run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("deploy.yml fault sweep: %d faults (%d follow-ups), %d ms; %s%n", runs.size(),
        runs.stream().filter(r -> r.fault().cause() != null).count(), millis,
        runs.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.fault().kind(), java.util.stream.Collectors.counting())));

    assertThat(runs.baseline().job("release").succeeded()).as("the run without faults releases\n%s", runs.baseline()).isTrue();
    // Every kind of fault and the rollbacks' own calls are covered.
    assertThat(runs).extracting(r -> r.fault().kind()).contains(FaultKind.values());
    assertThat(runs).extracting(r -> r.fault().site().job()).contains("rollback-staging", "rollback-production");
    return runs.stream().map(run -> DynamicTest.dynamicTest(run.toString(), () -> check(run)));
  }

  @Test
  void aRollbackStepThatHangsFailsBeforeItsJobTimesOutSoSlackStillHearsOfIt() {
    for (Stage stage : List.of(Stage.STAGING, Stage.PRODUCTION)) {
      assertThat(FinanceHubDeploy.rollbackStepMinutes(stage)).as(stage.id()).isLessThan(stage.rollbackTimeoutMinutes());
    }
  }

  private static void check(FaultRun run) {
    assertThat(DeployInvariants.violations(run)).as("%s%n%s", run, run.result()).isEmpty();
  }
}
