package dev.gha4j.sim;

import java.util.List;

/**
 * One call of a fake command: its arguments (without the command name), and the job and step
 * that made it.
 */
public record Call(String command, List<String> args, String job, String step) {
  public Call {
    args = List.copyOf(args);
  }

  /** The arguments joined by spaces, as rule patterns see them. */
  public String line() {
    return String.join(" ", args);
  }

  /** The argument after {@code flag} ({@code --cluster x} → {@code x}), or null. Also reads {@code --flag=x}. */
  public String option(String flag) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(flag) && i + 1 < args.size()) return args.get(i + 1);
      if (args.get(i).startsWith(flag + "=")) return args.get(i).substring(flag.length() + 1);
    }
    return null;
  }

  @Override
  public String toString() {
    return job + " / " + step + ": " + command + " " + line();
  }
}
