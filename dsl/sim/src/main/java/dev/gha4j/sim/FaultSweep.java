package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a simulation once per call it makes to the outside, with that call broken: a fault-injection
 * sweep. It runs the simulation as scripted (the baseline), lists every call site of that run
 * ({@link CallSite}: each call of a fake command but {@code sleep}, and each {@code uses} step that
 * ran), and re-runs it once per site and {@link FaultKind} that matters there. The calls a faulted
 * run reaches that no earlier run did (a rollback's, a retry's) are swept in turn, with their
 * cause still injected, up to {@link #depth} faults per run. Each site is broken in the first run
 * that reaches it, so the sweep ends.
 *
 * <pre>{@code
 * for (FaultRun run : Simulation.of(deploy).fake("aws", cloud).faults().sparing("jq").run()) {
 *   assertThat(run.result().job("release").ran() && !productionHealthy(run.result())).as(run.toString()).isFalse();
 * }
 * }</pre>
 *
 * Runs are independent (each has its own files and model states) and run on {@link #threads}
 * threads; the list is in the order the faults were found, whatever order they finished in. A
 * fault changes what comes after it, never what came before: when every {@link FakeModel} can be
 * copied ({@link FakeModel#copiedWith}), a faulted run takes the jobs decided before the first
 * job its faults touch from the baseline, with the state they left, instead of running them again.
 * (So a workflow whose runs differ without a fault, reading the clock or {@code $RANDOM}, is
 * not one a sweep can name calls in.)
 */
public final class FaultSweep {
  private final Simulation simulation;
  private final Set<String> spared = new HashSet<>(Set.of("sleep"));
  private final EnumSet<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
  private int depth = 2;
  private int threads = Runtime.getRuntime().availableProcessors();

  FaultSweep(Simulation simulation) {
    this.simulation = simulation;
  }

  /**
   * Leaves these commands or actions ({@code owner/repo}) unbroken: tools faked only so that the
   * test does not depend on the machine, which reach nothing outside. {@code sleep} is always spared.
   *
   * @param callees command names ({@code jq}) or actions without {@code @ref} ({@code actions/checkout})
   * @return this sweep
   */
  public FaultSweep sparing(String... callees) {
    spared.addAll(List.of(callees));
    return this;
  }

  /**
   * Only these kinds of fault (default: all, each where it matters).
   *
   * @param first a kind to inject
   * @param more  more kinds to inject
   * @return this sweep
   */
  public FaultSweep kinds(FaultKind first, FaultKind... more) {
    kinds.clear();
    kinds.add(first);
    kinds.addAll(List.of(more));
    return this;
  }

  /**
   * At most this many faults in one run (default 2): 1 breaks only the baseline's calls; 2 also the
   * calls that only a faulted run reaches, such as a rollback's.
   *
   * @param faultsPerRun 1 or more
   * @return this sweep
   * @throws IllegalArgumentException when {@code faultsPerRun} is below 1
   */
  public FaultSweep depth(int faultsPerRun) {
    if (faultsPerRun < 1) throw new IllegalArgumentException("depth is at least 1, not " + faultsPerRun);
    depth = faultsPerRun;
    return this;
  }

  /**
   * How many runs go at once (default: the number of processors).
   *
   * @param count 1 or more; 1 runs the faults one after another
   * @return this sweep
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public FaultSweep threads(int count) {
    if (count < 1) throw new IllegalArgumentException("threads is at least 1, not " + count);
    threads = count;
    return this;
  }

  /**
   * Runs the baseline, then one run per fault; see the class comment.
   *
   * @return the baseline and the faulted runs, in the order their faults were found
   * @throws IllegalStateException when a faulted run cannot be simulated, or the sweep is interrupted
   */
  public FaultRuns run() {
    Replay replay = new Replay();
    SimulationResult baseline = simulation.recordingInto(replay).run();
    Set<CallSite> seen = new LinkedHashSet<>();
    List<Fault> level = faults(baseline, null, seen);
    List<FaultRun> all = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      while (!level.isEmpty()) {
        List<FaultRun> done = runAll(pool, level, replay);
        all.addAll(done);
        level = new ArrayList<>();
        for (FaultRun r : done) {
          if (retried(r) && kinds.contains(FaultKind.FAILS_EVERY_TIME)) {
            level.add(new Fault(r.fault().site(), FaultKind.FAILS_EVERY_TIME, r.fault().seen(), r.fault().cause()));
          }
          if (r.fault().depth() < depth) level.addAll(faults(r.result(), r.fault(), seen));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new FaultRuns(baseline, all);
  }

  private List<FaultRun> runAll(ExecutorService pool, List<Fault> faults, Replay replay) {
    List<Future<SimulationResult>> futures = new ArrayList<>();
    for (Fault f : faults) futures.add(pool.submit(() -> simulation.injectReplaying(f, replay).run()));
    List<FaultRun> runs = new ArrayList<>();
    for (int i = 0; i < faults.size(); i++) {
      try {
        runs.add(new FaultRun(faults.get(i), futures.get(i).get()));
      } catch (ExecutionException e) {
        throw new IllegalStateException("the run with fault " + faults.get(i) + " could not be simulated: " + e.getCause(),
            e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during the fault sweep", e);
      }
    }
    return runs;
  }

  /** The faults at the sites of {@code run} not seen before, each kind where it matters. */
  private List<Fault> faults(SimulationResult run, Fault cause, Set<CallSite> seen) {
    List<Fault> found = new ArrayList<>();
    for (JobReport job : run.jobs()) {
      for (int i = 0; i < job.steps().size(); i++) {
        StepReport step = job.steps().get(i);
        if (step.uses() != null && step.ran()) {
          CallSite site = CallSite.action(job.name(), i + 1, step.name(), StepRunner.stubKey(step.uses()));
          if (!spared.contains(site.callee()) && seen.add(site)) {
            add(found, site, FaultKind.FAILS, "", cause);
            if (!step.outputs().isEmpty()) add(found, site, FaultKind.EMPTY_OUTPUT, "", cause);
          }
        }
        for (Call call : step.callList()) {
          if (spared.contains(call.command()) || brokenBy(cause, call) || !seen.add(call.site())) continue;
          add(found, call.site(), FaultKind.FAILS, call.line(), cause);
          add(found, call.site(), FaultKind.HANGS, call.line(), cause);
          if (call.outputRead()) add(found, call.site(), FaultKind.EMPTY_OUTPUT, call.line(), cause);
        }
      }
    }
    return found;
  }

  /** The later calls an outage ({@link FaultKind#FAILS_EVERY_TIME}) breaks already: no site of their own. */
  private static boolean brokenBy(Fault cause, Call call) {
    return cause != null && cause.kind() == FaultKind.FAILS_EVERY_TIME && !cause.site().action()
        && call.site().job().equals(cause.site().job()) && call.site().step() == cause.site().step()
        && call.command().equals(cause.site().callee()) && call.line().equals(cause.seen());
  }

  private void add(List<Fault> found, CallSite site, FaultKind kind, String seen, Fault cause) {
    if (kinds.contains(kind)) found.add(new Fault(site, kind, seen, cause));
  }

  /** The faulted call was a command's, it failed once, and its step made the same call again. */
  private static boolean retried(FaultRun r) {
    Fault f = r.fault();
    if (f.kind() != FaultKind.FAILS || f.site().action()) return false;
    return r.result().jobs().stream().filter(j -> j.name().equals(f.site().job()))
        .flatMap(j -> j.steps().size() >= f.site().step() ? j.steps().get(f.site().step() - 1).callList().stream()
            : java.util.stream.Stream.empty())
        .anyMatch(c -> c.command().equals(f.site().callee()) && c.site().occurrence() > f.site().occurrence()
            && c.line().equals(f.seen()));
  }
}
