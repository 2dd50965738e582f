package dev.gha4j.sim;

import dev.gha4j.model.Scalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The simulated clock of one job: fake {@code sleep} and fake answers that take time
 * ({@link Answer#andTakes}, {@link Answer#hangs}) advance it, so a job's {@code timeout-minutes}
 * and a step's {@code timeout-minutes} are kept in no real time. The step's bash and its fakes
 * share the clock through a file ({@code $GHA4J_CLOCK}, milliseconds); the fake that reaches the
 * deadline ({@code $GHA4J_DEADLINE}) stops the clock there and ends the step.
 *
 * <p>What GitHub does at a deadline: a job over its {@code timeout-minutes} is cancelled by the
 * service ("The job running on runner … has exceeded the maximum execution time of N minutes"), and
 * the runner marks it cancelled: its running step is cancelled, later steps run only if their
 * {@code if} holds once the job is cancelled ({@code always()}, {@code cancelled()}), and
 * {@code needs.<job>.result} is {@code cancelled}, not {@code failure} (actions/runner,
 * {@code StepsRunner.cs}: on the job's cancellation token, "Mark job as Cancelled or Failed depending
 * on HostContext shutdown token's cancellation": cancelled unless the runner itself shuts down). A
 * step over its own {@code timeout-minutes} fails ("The action '…' has timed out after N minutes.").
 */
final class JobClock {
  /** GitHub's default {@code timeout-minutes} of a job. */
  static final Duration DEFAULT_JOB_TIMEOUT = Duration.ofMinutes(360);
  /** GitHub's default {@code cancel-timeout-minutes}: how long steps that run after a cancellation get. */
  static final Duration CANCEL_GRACE = Duration.ofMinutes(5);

  /** What a step ran into: nothing, its own timeout, the job's timeout, or the cancellation of the run. */
  enum Expiry { NONE, STEP_TIMEOUT, JOB_TIMEOUT, RUN_CANCELLED }

  private final Path file;
  private final Duration jobTimeout;
  private final long cancelAt;
  private long elapsed;
  private Expiry expired = Expiry.NONE;

  /**
   * @param file       the clock file the fakes advance
   * @param jobTimeout the job's {@code timeout-minutes}
   * @param cancelAt   when on this job's clock the run is cancelled (a newer run of its concurrency
   *                   group with {@code cancel-in-progress}), or null
   */
  JobClock(Path file, Duration jobTimeout, Duration cancelAt) {
    this.file = file;
    this.jobTimeout = jobTimeout;
    this.cancelAt = cancelAt == null ? Long.MAX_VALUE : Math.max(0, cancelAt.toMillis());
  }

  /** A {@code timeout-minutes} value of the model (a number or an expression), or null when there is none. */
  static Duration minutes(Scalar value, Evaluator ev) {
    if (value == null) return null;
    double minutes = ev.value(value).asNumber();
    if (Double.isNaN(minutes) || minutes <= 0) throw new EvaluationException("timeout-minutes '" + value.text() + "' is not a positive number");
    return Duration.ofMillis(Math.round(minutes * 60_000));
  }

  Path file() {
    return file;
  }

  /** Starts a step; the deadline on the clock is returned (milliseconds since the job started). */
  long startStep(Duration stepTimeout) {
    long deadline = expired != Expiry.NONE ? elapsed + CANCEL_GRACE.toMillis() : Math.min(jobTimeout.toMillis(), cancelAt);
    if (stepTimeout != null) deadline = Math.min(deadline, elapsed + stepTimeout.toMillis());
    try {
      Files.deleteIfExists(marker());
      Files.writeString(file, elapsed + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deadline;
  }

  /** Ends a step: reads the time its fakes took, and what deadline, if any, it reached. */
  Expiry endStep() {
    try {
      elapsed = Long.parseLong(Files.readString(file).strip());
      if (!Files.exists(marker())) return Expiry.NONE;
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("the simulated clock " + file + " was damaged by the step", e);
    }
    if (expired == Expiry.NONE && elapsed >= Math.min(jobTimeout.toMillis(), cancelAt)) {
      expired = cancelAt <= jobTimeout.toMillis() ? Expiry.RUN_CANCELLED : Expiry.JOB_TIMEOUT;
      return expired;
    }
    return Expiry.STEP_TIMEOUT;
  }

  private Path marker() {
    return file.resolveSibling(file.getFileName() + ".expired");
  }

  /** The job's simulated time so far. */
  Duration elapsed() {
    return Duration.ofMillis(elapsed);
  }

  Duration jobTimeout() {
    return jobTimeout;
  }

  /** True once the job ran past its {@code timeout-minutes}. */
  boolean jobExpired() {
    return expired == Expiry.JOB_TIMEOUT;
  }

  /** True once the job was stopped: by its timeout, or because the run was cancelled while it ran. */
  boolean stopped() {
    return expired != Expiry.NONE;
  }

  /** True once the run was cancelled while this job ran. */
  boolean runCancelled() {
    return expired == Expiry.RUN_CANCELLED;
  }
}
