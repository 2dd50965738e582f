/**
 * Runs a workflow in a unit test, in milliseconds, without Docker or network, to test what it does.
 *
 * <ul>
 *   <li>{@link dev.gha4j.sim.Simulation}: one run of a workflow on an {@link dev.gha4j.sim.Event}, with
 *       fake commands ({@link dev.gha4j.sim.FakeCommand}, {@link dev.gha4j.sim.FakeModel}) and stubbed
 *       actions ({@link dev.gha4j.sim.ActionStub}); its {@link dev.gha4j.sim.SimulationResult} reports
 *       each job, step and call.</li>
 *   <li>{@link dev.gha4j.sim.FaultSweep}: the run again once per call it makes to the outside, with
 *       that call broken ({@link dev.gha4j.sim.Fault}).</li>
 *   <li>{@link dev.gha4j.sim.ConcurrentRuns}: several runs with the workflow's {@code concurrency}.</li>
 *   <li>{@link dev.gha4j.sim.Evaluator}: GitHub's expressions over {@link dev.gha4j.sim.Value}s, as the
 *       runner evaluates them.</li>
 * </ul>
 *
 * <p>docs/simulation.md has a complete example and the list of what is not simulated.
 */
package dev.gha4j.sim;
