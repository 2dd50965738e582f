package dev.gha4j.sim;

import java.time.Duration;

/**
 * What a fake command does when called: print to stdout and stderr, then exit with a code; or run
 * a bash snippet instead (it sees the call's arguments as {@code "$@"}).
 *
 * <pre>{@code
 * Answer.prints("arn:aws:ecs:eu-west-1:1:task/abc")      // exit 0
 * Answer.fails(7, "curl: (7) Failed to connect")          // exit 7, message on stderr
 * Answer.runs("echo \"called with $#\"")                  // any bash
 * }</pre>
 *
 * {@link #prints} ends the text with a newline unless it already has one, as real commands do;
 * {@link #printsExactly} writes the text as it is. An answer takes no time on the simulated clock
 * unless it says so ({@link #andTakes}, {@link #hangs}); a call that reaches the job's
 * {@code timeout-minutes} (or the step's) stops the step there, as GitHub does.
 *
 * @param exitCode the exit status
 * @param stdout   what it prints on stdout
 * @param stderr   what it prints on stderr
 * @param script   a bash snippet run instead, or null
 * @param takes    how long the call takes on the simulated clock
 */
public record Answer(int exitCode, String stdout, String stderr, String script, Duration takes) {

  /** How long {@link #hangs} takes: longer than any job may run (GitHub's limit is 6 hours; 35 days for self-hosted). */
  static final Duration FOREVER = Duration.ofDays(365);

  /**
   * Checks the duration.
   *
   * @param exitCode the exit status
   * @param stdout   what it prints on stdout
   * @param stderr   what it prints on stderr
   * @param script   a bash snippet run instead, or null
   * @param takes    how long the call takes on the simulated clock
   * @throws IllegalArgumentException when {@code takes} is null or negative
   */
  public Answer {
    if (takes == null || takes.isNegative()) throw new IllegalArgumentException("an answer takes zero or more time, not " + takes);
  }

  private Answer(int exitCode, String stdout, String stderr, String script) {
    this(exitCode, stdout, stderr, script, Duration.ZERO);
  }

  /**
   * Exit 0, no output: what a fake command answers unless scripted.
   *
   * @return the answer
   */
  public static Answer ok() {
    return new Answer(0, "", "", null);
  }

  /**
   * Exit 0 after printing a line.
   *
   * @param stdout the text on stdout; a newline is added if missing
   * @return the answer
   */
  public static Answer prints(String stdout) {
    return ok().andPrints(stdout);
  }

  /**
   * Exit 0 after printing exactly this text.
   *
   * @param stdout the text on stdout, with no newline added
   * @return the answer
   */
  public static Answer printsExactly(String stdout) {
    return new Answer(0, stdout, "", null);
  }

  /**
   * Exit with {@code code}, no output.
   *
   * @param code the exit status, e.g. {@code 7} for curl's "Failed to connect"
   * @return the answer
   */
  public static Answer exits(int code) {
    return new Answer(code, "", "", null);
  }

  /**
   * Exit with {@code code} after printing {@code message} to stderr.
   *
   * @param code    the exit status
   * @param message the line on stderr, e.g. {@code "curl: (7) Failed to connect"}
   * @return the answer
   */
  public static Answer fails(int code, String message) {
    return exits(code).andPrintsError(message);
  }

  /**
   * Runs a bash snippet with the call's arguments in {@code "$@"}; its exit status is the answer.
   * {@code $FAKE_STATE} is a directory shared by every snippet of the run, for fakes that keep
   * state between calls (a service's current task definition, say).
   *
   * @param bashSnippet bash source, e.g. {@code echo "called with $#"}
   * @return the answer; {@link #andTakes} still applies to it
   */
  public static Answer runs(String bashSnippet) {
    return new Answer(0, "", "", bashSnippet);
  }

  /**
   * A call that never returns (a hung connection, a waiter that never sees its state): it takes
   * longer than any timeout, so the step or job times out on the simulated clock.
   *
   * @return the answer
   */
  public static Answer hangs() {
    return ok().andTakes(FOREVER);
  }

  /**
   * The same answer, also printing this line to stdout.
   *
   * @param text the line, after what the answer prints already; a newline is added if missing
   * @return a copy that prints it
   */
  public Answer andPrints(String text) {
    return new Answer(exitCode, stdout + line(text), stderr, script, takes);
  }

  /**
   * The same answer, also printing this line to stderr.
   *
   * @param text the line, after what the answer prints already; a newline is added if missing
   * @return a copy that prints it
   */
  public Answer andPrintsError(String text) {
    return new Answer(exitCode, stdout, stderr + line(text), script, takes);
  }

  /**
   * The same output, exiting with {@code code}.
   *
   * @param code the exit status
   * @return a copy that exits with it
   */
  public Answer andExits(int code) {
    return new Answer(code, stdout, stderr, script, takes);
  }

  /**
   * The same answer, after {@code time} on the simulated clock (e.g. {@code Answer.ok().andTakes(Duration.ofMinutes(12))}).
   *
   * @param time how long the call takes; zero or more, in no real time
   * @return a copy that takes it
   * @throws IllegalArgumentException when {@code time} is null or negative
   */
  public Answer andTakes(Duration time) {
    return new Answer(exitCode, stdout, stderr, script, time);
  }

  private static String line(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }
}
