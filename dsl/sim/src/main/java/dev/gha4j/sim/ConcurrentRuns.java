package dev.gha4j.sim;

import dev.gha4j.model.Concurrency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several runs that start one after another while the earlier ones may still be in progress, with
 * GitHub's workflow-level {@code concurrency}: runs whose groups are equal run one at a time. A run
 * that arrives while another of its group is in progress waits (it is "pending") until that one
 * ends; with {@code cancel-in-progress: true} (evaluated for the arriving run) the run in progress
 * is cancelled at that moment instead. A group holds at most one pending run: a newer arrival
 * cancels the one that was waiting ("Using concurrency", GitHub's workflow syntax). Runs in
 * different groups, or without {@code concurrency}, do not affect each other.
 *
 * <pre>{@code
 * ConcurrentRuns.Outcome runs = ConcurrentRuns.of(Simulation.of(deploy).sha(FIRST))
 *     .then(Duration.ofMinutes(2), Simulation.of(deploy).sha(SECOND))
 *     .run();
 * runs.run(1).startedAt()   // when the first run ended: the second waited
 * }</pre>
 *
 * Times are on the simulated clock ({@link JobReport#elapsed()}): a run lasts as long as its
 * longest chain of jobs.
 */
public final class ConcurrentRuns {
  private record Arrival(Simulation simulation, Duration at) {}

  private final List<Arrival> arrivals = new ArrayList<>();

  private ConcurrentRuns(Simulation first) {
    arrivals.add(new Arrival(Objects.requireNonNull(first), Duration.ZERO));
  }

  /**
   * Starts with this run, at time zero.
   *
   * @param first the first run triggered; not null
   * @return the runs, to which {@link #then} adds later arrivals
   */
  public static ConcurrentRuns of(Simulation first) {
    return new ConcurrentRuns(first);
  }

  /**
   * Another run, triggered {@code after} the first one started.
   *
   * @param after when it is triggered, on the simulated clock from the first run's start; not before the
   *              previous arrival
   * @param next  the run; not null (another simulation of the same workflow, typically with another {@code sha})
   * @return these runs
   * @throws IllegalArgumentException when {@code after} is before the previous arrival
   */
  public ConcurrentRuns then(Duration after, Simulation next) {
    if (after.compareTo(arrivals.get(arrivals.size() - 1).at()) < 0) {
      throw new IllegalArgumentException("runs arrive in order: " + after + " is before the previous arrival");
    }
    arrivals.add(new Arrival(Objects.requireNonNull(next), after));
    return this;
  }

  /**
   * One run's result, when it was triggered, when it started and why it waited or was cancelled.
   *
   * @param result      what the run did (up to its cancellation, when it was cancelled)
   * @param group       its evaluated {@code concurrency} group, or null without one
   * @param triggeredAt when its event arrived, on the shared clock
   * @param startedAt   when it started: when it arrived, or when the run it waited for ended
   * @param note        why it waited or was cancelled, or null when neither
   */
  public record Run(SimulationResult result, String group, Duration triggeredAt, Duration startedAt, String note) {
    /**
     * When it ended on the shared clock.
     *
     * @return {@link #startedAt} plus the run's {@link SimulationResult#duration() duration}
     */
    public Duration endedAt() {
      return startedAt.plus(result.duration());
    }

    @Override
    public String toString() {
      return "triggered at " + triggeredAt + ", started at " + startedAt + ", ended at " + endedAt()
          + (group == null ? "" : " (group '" + group + "')") + (note == null ? "" : ": " + note) + "\n" + result;
    }
  }

  /**
   * The runs, in the order they were triggered.
   *
   * @param runs each run's result and timing, the first triggered first
   */
  public record Outcome(List<Run> runs) {
    /**
     * Copies the list.
     *
     * @param runs the runs, in the order they were triggered
     */
    public Outcome {
      runs = List.copyOf(runs);
    }

    /**
     * One run, by the order it was triggered in.
     *
     * @param index 0 for the run given to {@link ConcurrentRuns#of}, 1 for the first {@link ConcurrentRuns#then}, …
     * @return that run
     * @throws IndexOutOfBoundsException when there is no such run
     */
    public Run run(int index) {
      return runs.get(index);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < runs.size(); i++) s.append("Run ").append(i).append(": ").append(runs.get(i)).append('\n');
      return s.toString();
    }
  }

  /**
   * Runs everything. A run cancelled while it ran is simulated again up to the moment of cancellation.
   *
   * @return the runs, in the order they were triggered
   */
  public Outcome run() {
    List<Run> done = new ArrayList<>();
    Map<String, Integer> running = new HashMap<>();
    Map<String, Integer> pending = new HashMap<>();
    for (int index = 0; index < arrivals.size(); index++) {
      Arrival a = arrivals.get(index);
      Group g = Group.of(a.simulation());
      if (g.name() == null) {
        done.add(start(a, g, a.at(), null));
        continue;
      }
      Integer p = pending.get(g.name());
      if (p != null && done.get(p).startedAt().compareTo(a.at()) <= 0) {
        running.put(g.name(), pending.remove(g.name()));
        p = null;
      }
      Integer r = running.get(g.name());
      if (r != null && done.get(r).endedAt().compareTo(a.at()) <= 0) r = null;
      if (r == null) {
        done.add(start(a, g, a.at(), null));
        running.put(g.name(), index);
        continue;
      }
      if (p != null) {
        done.set(p, cancelled(p, done.get(p), Duration.ZERO,
            "cancelled while pending: run " + index + " of group '" + g.name() + "' replaced it"));
        pending.remove(g.name());
      }
      if (g.cancelInProgress()) {
        Run old = done.get(r);
        done.set(r, cancelled(r, old, a.at().minus(old.startedAt()),
            "cancelled by run " + index + " of group '" + g.name() + "' (cancel-in-progress)"));
        done.add(start(a, g, a.at(), null));
        running.put(g.name(), index);
      } else {
        done.add(start(a, g, done.get(r).endedAt(), "waited for run " + r + " of group '" + g.name() + "'"));
        pending.put(g.name(), index);
      }
    }
    return new Outcome(done);
  }

  private static Run start(Arrival a, Group g, Duration startAt, String note) {
    return new Run(a.simulation().run(), g.name(), a.at(), startAt, note);
  }

  // The run simulated again, cancelled at `at` after it started (zero: before it started).
  private Run cancelled(int index, Run before, Duration at, String why) {
    Simulation sim = arrivals.get(index).simulation();
    sim.cancelAt(at);
    sim.cancelReason = why;
    return new Run(sim.run(), before.group(), before.triggeredAt(), before.startedAt(), why);
  }

  /** The workflow-level {@code concurrency} of a run, evaluated as GitHub does when the run is triggered. */
  private record Group(String name, boolean cancelInProgress) {
    static Group of(Simulation sim) {
      Concurrency c = sim.workflow.concurrency();
      if (c == null) return new Group(null, false);
      Evaluator ev = Evaluator.of(Contexts.object("github", Contexts.github(sim, sim.event),
          "inputs", new Value.Dictionary(Contexts.inputs(sim, sim.event)), "vars", Value.dictionary(sim.vars)));
      boolean cancel = c.cancelInProgress() != null && ev.value(c.cancelInProgress()).truthy();
      return new Group(ev.interpolate(c.group()), cancel);
    }
  }
}
