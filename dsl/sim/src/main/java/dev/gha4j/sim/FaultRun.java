package dev.gha4j.sim;

/**
 * One run of a {@link FaultSweep}: the fault it injected (with its causes) and what the run did.
 *
 * @param fault  the fault injected
 * @param result the run
 */
public record FaultRun(Fault fault, SimulationResult result) {
  /** The fault, as a test name: {@code deploy-staging › step 8 "Roll out…" › aws #1 fails (ecs update-service …)}. */
  @Override
  public String toString() {
    return fault.toString();
  }
}
