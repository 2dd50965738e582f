package dev.gha4j.sim;

import java.util.List;

/**
 * One call of a fake command: where it was made ({@link CallSite}: job, step, which call of the
 * command in that step), its arguments (without the command name), and whether the script read
 * what it printed.
 *
 * @param site       where the call was made
 * @param args       the arguments
 * @param outputRead whether its standard output went somewhere else than the step's log: captured
 *                   by {@code $(…)}, piped, or redirected, so an empty or malformed answer can
 *                   change what the script does next
 * @param input      what the call read on its standard input, for a command whose {@link FakeModel}
 *                   reads it ({@link FakeModel#readingInput}); else empty
 */
public record Call(CallSite site, List<String> args, boolean outputRead, String input) {
  /**
   * Copies the arguments.
   *
   * @param site       where the call was made
   * @param args       the arguments, without the command name
   * @param outputRead whether the script read what the call printed
   * @param input      what the call read on its standard input; null is empty
   */
  public Call {
    args = List.copyOf(args);
    input = input == null ? "" : input;
  }

  /**
   * The command's name.
   *
   * @return the name as the script called it, e.g. {@code aws}
   */
  public String command() {
    return site.callee();
  }

  /**
   * The job that made the call.
   *
   * @return its report name: the job id, with the matrix values of its combination
   */
  public String job() {
    return site.job();
  }

  /**
   * The step that made the call.
   *
   * @return the step's display name (its {@code name}, else {@code Run} and its first line)
   */
  public String step() {
    return site.stepName();
  }

  /**
   * The arguments joined by spaces, as rule patterns see them.
   *
   * @return e.g. {@code ecs describe-tasks --cluster prod}
   */
  public String line() {
    return String.join(" ", args);
  }

  /**
   * The argument after {@code flag} ({@code --cluster x} → {@code x}). Also reads {@code --flag=x}.
   *
   * @param flag the option, e.g. {@code --cluster}
   * @return its value at its first occurrence, or null when the call has no such option
   */
  public String option(String flag) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(flag) && i + 1 < args.size()) return args.get(i + 1);
      if (args.get(i).startsWith(flag + "=")) return args.get(i).substring(flag.length() + 1);
    }
    return null;
  }

  /**
   * Whether the arguments, joined by spaces, match {@code pattern}.
   *
   * @param pattern the whole line, {@code *} for any text as in {@link FakeCommand}, e.g. {@code "ecs wait *"}
   * @return true when the whole line matches
   */
  public boolean matches(String pattern) {
    return Calls.compile(pattern).matcher(line()).matches();
  }

  @Override
  public String toString() {
    return job() + " / " + step() + ": " + command() + " " + line();
  }
}
