package dev.gha4j.validate;

import dev.gha4j.model.Step;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workflow commands GitHub disabled, found in a step's script as actionlint finds them (its
 * {@code deprecated-commands} rule): {@code ::set-output}, {@code ::save-state}, {@code ::set-env},
 * {@code ::add-path}.
 */
final class WorkflowCommands {
  private static final Pattern DEPRECATED = Pattern.compile(
      "::(save-state|set-output|set-env)\\s+name=[a-zA-Z][a-zA-Z_-]*::\\S+|::(add-path)::\\S+");

  private WorkflowCommands() {}

  static void check(Step step, Findings found) {
    if (step.run() == null || step.run().indexOf(':') < 0 || !step.run().contains("::")) return;
    Matcher m = DEPRECATED.matcher(step.run());
    while (m.find()) {
      String command = m.group(1) != null ? m.group(1) : m.group(2);
      String file = switch (command) {
        case "set-output" -> "echo \"{name}={value}\" >> \"$GITHUB_OUTPUT\"";
        case "save-state" -> "echo \"{name}={value}\" >> \"$GITHUB_STATE\"";
        case "set-env" -> "echo \"{name}={value}\" >> \"$GITHUB_ENV\"";
        default -> "echo \"{path}\" >> \"$GITHUB_PATH\"";
      };
      found.add(Check.DEPRECATED_COMMAND, step.location(), "run: the workflow command ::" + command
          + " was disabled by GitHub and does nothing; fix: " + file);
    }
  }
}
