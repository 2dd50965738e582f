package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a {@code run} step, as GitHub's runner builds it on Linux
 * ({@code ScriptHandler} and {@code ScriptHandlerHelpers} in actions/runner; the workflow syntax's
 * "Exit codes and error action preference"):
 *
 * <ul>
 *   <li>no {@code shell} anywhere: {@code bash -e {0}}, with no {@code pipefail}, so
 *       {@code false | cat} succeeds;
 *   <li>{@code shell: bash}: {@code bash --noprofile --norc -eo pipefail {0}};
 *   <li>{@code shell: sh}: {@code sh -e {0}};
 *   <li>a template such as {@code bash -x {0}} or {@code bash {0}}: used as written (no {@code -e}
 *       unless it says so); a template must contain {@code {0}}.
 * </ul>
 *
 * Other shells (python, pwsh, cmd) are not simulated.
 */
final class Shells {
  private Shells() {}

  static List<String> command(String shell, String file) {
    if (shell == null || shell.isBlank()) return List.of("bash", "-e", file);
    String trimmed = shell.strip();
    if (trimmed.equals("bash")) return List.of("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", file);
    if (trimmed.equals("sh")) return List.of("sh", "-e", file);
    String[] words = trimmed.split("\\s+");
    String program = words[0].substring(words[0].lastIndexOf('/') + 1);
    if (!(program.equals("bash") || program.equals("sh"))) {
      throw new EvaluationException("shell '" + shell + "' is not simulated; use bash or sh (or a template such as "
          + "'bash -x {0}')");
    }
    if (!trimmed.contains("{0}")) {
      throw new EvaluationException("shell '" + shell + "' is not a built-in shell and has no {0}; GitHub refuses it "
          + "(\"Invalid shell option\"): write 'bash' or a template such as '" + trimmed + " {0}'");
    }
    List<String> command = new ArrayList<>();
    for (String w : words) command.add(w.replace("{0}", file));
    return command;
  }
}
