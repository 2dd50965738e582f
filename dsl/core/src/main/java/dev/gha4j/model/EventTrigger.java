package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * Any event that is configured only by activity {@code types} (or not at all): {@code release},
 * {@code merge_group}, {@code issues}, {@code issue_comment}, {@code registry_package}, …
 *
 * @param event    the event name, the key under {@code on:}
 * @param types    activity {@code types:}; empty for every type
 * @param location the pipeline line that made the trigger
 */
public record EventTrigger(String event, List<String> types, SourceLocation location) implements Trigger {

  /** Every event GitHub documents as a workflow trigger; the validator rejects other names. */
  public static final Set<String> KNOWN_EVENTS = Set.of(
      "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment",
      "deployment_status", "discussion", "discussion_comment", "fork", "gollum", "issue_comment",
      "issues", "label", "merge_group", "milestone", "page_build", "project", "project_card",
      "project_column", "public", "pull_request", "pull_request_review", "pull_request_review_comment",
      "pull_request_target", "push", "registry_package", "release", "repository_dispatch", "schedule",
      "status", "watch", "workflow_call", "workflow_dispatch", "workflow_run", "image_version");

  /**
   * Copies the types.
   *
   * @param event    the event name, the key under {@code on:}
   * @param types    activity {@code types:}; empty for every type
   * @param location the pipeline line that made the trigger
   */
  public EventTrigger {
    types = List.copyOf(types);
  }

  static EventTrigger of(String event) {
    return new EventTrigger(event, List.of(), SourceLocation.capture());
  }

  /**
   * {@return this trigger with more activity {@code types:}}
   *
   * @param more e.g. {@code opened} or {@code created}, as the event documents them
   */
  public EventTrigger types(String... more) {
    return new EventTrigger(event, Lists.plus(types, more), location);
  }
}
