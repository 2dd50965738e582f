package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code workflow_run:} after other workflows (by name) are requested or complete. It runs with
 * this repository's secrets and a write token even when the other run came from a fork. Each
 * method returns a changed copy.
 *
 * @param workflows      {@code workflows:}, the other workflows' names
 * @param types          activity {@code types:}
 * @param branches       {@code branches:} patterns for the other run's branch
 * @param branchesIgnore {@code branches-ignore:} patterns
 * @param location       the pipeline line that made the trigger
 */
public record WorkflowRunTrigger(
    List<String> workflows, List<String> types, List<String> branches, List<String> branchesIgnore,
    SourceLocation location) implements Trigger {

  /**
   * Copies the lists.
   *
   * @param workflows      {@code workflows:}, the other workflows' names
   * @param types          activity {@code types:}
   * @param branches       {@code branches:} patterns
   * @param branchesIgnore {@code branches-ignore:} patterns
   * @param location       the pipeline line that made the trigger
   */
  public WorkflowRunTrigger {
    workflows = List.copyOf(workflows);
    types = List.copyOf(types);
    branches = List.copyOf(branches);
    branchesIgnore = List.copyOf(branchesIgnore);
  }

  static WorkflowRunTrigger of(String... workflows) {
    return new WorkflowRunTrigger(List.of(workflows), List.of(), List.of(), List.of(), SourceLocation.capture());
  }

  /**
   * {@return this trigger with more activity {@code types:}}
   *
   * @param more {@code completed}, {@code requested} or {@code in_progress}
   */
  public WorkflowRunTrigger types(String... more) {
    return new WorkflowRunTrigger(workflows, Lists.plus(types, more), branches, branchesIgnore, location);
  }

  /**
   * {@return this trigger with more {@code branches:} patterns}
   *
   * @param more patterns for the branch the other workflow ran on
   */
  public WorkflowRunTrigger branches(String... more) {
    return new WorkflowRunTrigger(workflows, types, Lists.plus(branches, more), branchesIgnore, location);
  }

  /**
   * {@return this trigger with more {@code branches-ignore:} patterns}
   *
   * @param more branches whose runs do not start this workflow
   */
  public WorkflowRunTrigger branchesIgnore(String... more) {
    return new WorkflowRunTrigger(workflows, types, branches, Lists.plus(branchesIgnore, more), location);
  }

  @Override
  public String event() { return "workflow_run"; }
}
