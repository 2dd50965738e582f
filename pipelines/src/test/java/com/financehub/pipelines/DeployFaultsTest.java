package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.sim.FaultKind;
import dev.gha4j.sim.FaultRun;
import dev.gha4j.sim.FaultRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
    double cpuBefore = cpuSeconds();
    FaultRuns runs = DeployBehaviourTest.deploy(FakeAws::new)
        // Configured, so the snapshot's calls are swept too and DEP-9's order is checked.
        .variable("RDS_INSTANCE_ID", "financehub-prod-db")
        .faults().sparing("jq").run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Measured, never asserted: how long the sweep took, and the CPU it used (this JVM and the bash it started).
    System.out.printf("deploy.yml fault sweep: %d faults at %d call sites (%d faults at %d sites after another fault) %s, "
        + "%d ms, %.1f CPU s%n", runs.size(), runs.stream().map(r -> r.fault().site()).distinct().count(),
        runs.stream().filter(r -> r.fault().cause() != null).count(),
        runs.stream().filter(r -> r.fault().cause() != null).map(r -> r.fault().site()).distinct().count(),
        runs.stream().collect(Collectors.groupingBy(r -> r.fault().kind(), TreeMap::new, Collectors.counting())),
        millis, cpuSeconds() - cpuBefore);

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

  /** User and system CPU time of this process and its finished children, from /proc (0 where there is none). */
  private static double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // Fields 14-17 of proc(5): utime, stime, cutime, cstime, in clock ticks (100 a second on Linux).
      return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static void check(FaultRun run) {
    assertThat(DeployInvariants.violations(run)).as("%s%n%s", run, run.result()).isEmpty();
  }
}
