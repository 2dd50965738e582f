package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * One entry under {@code on:}. Made by the factories here; each trigger type offers exactly the
 * filters GitHub supports for its event.
 */
public sealed interface Trigger permits RefTrigger, ScheduleTrigger, DispatchTrigger, CallTrigger,
    WorkflowRunTrigger, EventTrigger {

  /** {@return the event name, the key under {@code on:}} */
  String event();

  /** {@return where the pipeline made this trigger, for messages} */
  SourceLocation location();

  /** {@return {@code push}: filter with branches, tags and paths} */
  static RefTrigger push() { return RefTrigger.of("push"); }

  /** {@return {@code pull_request}: filter with branches, paths and activity types} */
  static RefTrigger pullRequest() { return RefTrigger.of("pull_request"); }

  /**
   * {@return {@code pull_request_target}: runs in the base repository with its secrets and a
   * write token, even for a fork's pull request; never check out and run the fork's code}
   */
  static RefTrigger pullRequestTarget() { return RefTrigger.of("pull_request_target"); }

  /**
   * {@return {@code schedule}: the workflow runs on the default branch at these times}
   *
   * @param crons five-field POSIX cron expressions in UTC, e.g. {@code "30 5 * * 1-5"}; GitHub
   *     runs them at most every five minutes, often late under load
   */
  static ScheduleTrigger schedule(String... crons) {
    return new ScheduleTrigger(List.of(crons), SourceLocation.capture());
  }

  /** {@return {@code workflow_dispatch}: a manual run button, with optional typed inputs} */
  static DispatchTrigger workflowDispatch() {
    return new DispatchTrigger(List.of(), SourceLocation.capture());
  }

  /** {@return {@code workflow_call}: makes this workflow reusable, with inputs, outputs and secrets} */
  static CallTrigger workflowCall() { return CallTrigger.empty(); }

  /**
   * {@return {@code workflow_run}: after the named workflows run}
   *
   * @param workflows the other workflows' {@code name:} (not their file names)
   */
  static WorkflowRunTrigger workflowRun(String... workflows) { return WorkflowRunTrigger.of(workflows); }

  /**
   * {@return {@code release} with activity types}
   *
   * @param types e.g. {@code published}; none means every type
   */
  static EventTrigger release(String... types) { return EventTrigger.of("release").types(types); }

  /** {@return {@code merge_group}: runs for the merge queue} */
  static EventTrigger mergeGroup() { return EventTrigger.of("merge_group"); }

  /**
   * {@return any other event, e.g. {@code Trigger.event("issues").types("opened")}}
   *
   * @param name the event as GitHub names it, e.g. {@code issue_comment}; the validator refuses a
   *     name GitHub's workflow schema does not know
   */
  static EventTrigger event(String name) { return EventTrigger.of(name); }
}
