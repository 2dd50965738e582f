package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a {@code run} step's {@code shell}, as GitHub documents them: no shell or
 * {@code bash} is {@code bash --noprofile --norc -eo pipefail {0}}; {@code sh} is
 * {@code sh -e {0}}; a custom {@code "bash -x {0}"} template is used as written. Other shells
 * (python, pwsh, cmd) are not simulated.
 */
final class Shells {
  private Shells() {}

  static List<String> command(String shell, String file) {
    if (shell == null || shell.equals("bash")) return List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", file);
    if (shell.equals("sh")) return List.of("sh", "-e", file);
    String[] words = shell.strip().split("\\s+");
    String program = words[0].substring(words[0].lastIndexOf('/') + 1);
    if (!(program.equals("bash") || program.equals("sh"))) {
      throw new EvaluationException("shell '" + shell + "' is not simulated; use bash or sh (or a template such as "
          + "'bash -x {0}')");
    }
    List<String> command = new ArrayList<>();
    boolean placed = false;
    for (String w : words) {
      command.add(w.replace("{0}", file));
      placed |= w.contains("{0}");
    }
    if (!placed) command.add(file);
    return command;
  }
}
