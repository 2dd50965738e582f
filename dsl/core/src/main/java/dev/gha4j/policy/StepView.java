package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;

/**
 * One step as the per-step rules see it in {@link Policies}' single pass: every such rule reads a
 * step while it and its parsed script are still in the CPU cache, instead of each rule walking all
 * steps of a big workflow again.
 *
 * @param workflow the workflow
 * @param job      the step's job
 * @param index    the step's position in {@code job.steps()}
 * @param step     the step
 * @param script   its {@code run} script, or null when it has none
 * @param taint    which values of the workflow carry untrusted text
 * @param values   the step's expressions with their keys, parsed once for every rule that reads them
 * @param use      the action the step uses, or null for a {@code run} step
 */
record StepView(Workflow workflow, Job job, int index, Step step, Scripts.Script script, Taint taint,
    java.util.List<Values.Located> values, ActionUse use) {

  /** The parsed script when the step runs bash or sh, else null (the script rules skip it). */
  ShellScript posix() {
    return script == null ? null : script.shell();
  }

  /** The script's commands read as bash whatever its shell (pwsh and cmd run simple commands alike), or none. */
  java.util.List<ShellCommand> commands() {
    return script == null ? java.util.List.of() : script.parsed().commands();
  }
}
