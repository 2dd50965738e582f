package dev.gha4j.sim;

import java.util.AbstractList;
import java.util.List;

/** The runs of a {@link FaultSweep}, in the order their faults were found, and the run without faults. */
public final class FaultRuns extends AbstractList<FaultRun> {
  private final SimulationResult baseline;
  private final List<FaultRun> runs;

  FaultRuns(SimulationResult baseline, List<FaultRun> runs) {
    this.baseline = baseline;
    this.runs = List.copyOf(runs);
  }

  /**
   * The run with no fault injected, whose calls the first faults break.
   *
   * @return the run as scripted
   */
  public SimulationResult baseline() {
    return baseline;
  }

  @Override
  public FaultRun get(int index) {
    return runs.get(index);
  }

  @Override
  public int size() {
    return runs.size();
  }
}
