package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code push}, {@code pull_request} or {@code pull_request_target} with their filters. Each
 * method returns a changed copy with the patterns appended. Patterns are GitHub's glob patterns
 * ({@code main}, {@code 'releases/**'}, {@code 'v*'}); a pattern starting with {@code !} excludes
 * what earlier patterns matched. A filter and its {@code -ignore} form cannot both be set (the
 * validator reports it).
 *
 * @param event          {@code push}, {@code pull_request} or {@code pull_request_target}
 * @param branches       {@code branches:} patterns
 * @param branchesIgnore {@code branches-ignore:} patterns
 * @param tags           {@code tags:} patterns ({@code push} only)
 * @param tagsIgnore     {@code tags-ignore:} patterns ({@code push} only)
 * @param paths          {@code paths:} patterns
 * @param pathsIgnore    {@code paths-ignore:} patterns
 * @param types          activity {@code types:} (not for {@code push})
 * @param location       the pipeline line that made the trigger
 */
public record RefTrigger(
    String event, List<String> branches, List<String> branchesIgnore, List<String> tags,
    List<String> tagsIgnore, List<String> paths, List<String> pathsIgnore, List<String> types,
    SourceLocation location) implements Trigger {

  /**
   * Copies the lists.
   *
   * @param event          {@code push}, {@code pull_request} or {@code pull_request_target}
   * @param branches       {@code branches:} patterns
   * @param branchesIgnore {@code branches-ignore:} patterns
   * @param tags           {@code tags:} patterns
   * @param tagsIgnore     {@code tags-ignore:} patterns
   * @param paths          {@code paths:} patterns
   * @param pathsIgnore    {@code paths-ignore:} patterns
   * @param types          activity {@code types:}
   * @param location       the pipeline line that made the trigger
   */
  public RefTrigger {
    branches = List.copyOf(branches);
    branchesIgnore = List.copyOf(branchesIgnore);
    tags = List.copyOf(tags);
    tagsIgnore = List.copyOf(tagsIgnore);
    paths = List.copyOf(paths);
    pathsIgnore = List.copyOf(pathsIgnore);
    types = List.copyOf(types);
  }

  static RefTrigger of(String event) {
    List<String> none = List.of();
    return new RefTrigger(event, none, none, none, none, none, none, none, SourceLocation.capture());
  }

  /**
   * {@return this trigger with more {@code branches:} patterns}
   *
   * @param patterns for {@code push} the pushed branch, for pull requests the base branch
   */
  public RefTrigger branches(String... patterns) {
    return new RefTrigger(event, Lists.plus(branches, patterns), branchesIgnore, tags, tagsIgnore, paths, pathsIgnore, types, location);
  }

  /**
   * {@return this trigger with more {@code branches-ignore:} patterns}
   *
   * @param patterns branches that do not start the workflow
   */
  public RefTrigger branchesIgnore(String... patterns) {
    return new RefTrigger(event, branches, Lists.plus(branchesIgnore, patterns), tags, tagsIgnore, paths, pathsIgnore, types, location);
  }

  /**
   * {@return this trigger with more {@code tags:} patterns; only {@code push} has them}
   *
   * @param patterns pushed tags that start the workflow, e.g. {@code v*}
   */
  public RefTrigger tags(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, Lists.plus(tags, patterns), tagsIgnore, paths, pathsIgnore, types, location);
  }

  /**
   * {@return this trigger with more {@code tags-ignore:} patterns; only {@code push} has them}
   *
   * @param patterns pushed tags that do not start the workflow
   */
  public RefTrigger tagsIgnore(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, Lists.plus(tagsIgnore, patterns), paths, pathsIgnore, types, location);
  }

  /**
   * {@return this trigger with more {@code paths:} patterns}
   *
   * @param patterns the workflow runs only when a changed file matches one, e.g. {@code apps/backend/**}
   */
  public RefTrigger paths(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, Lists.plus(paths, patterns), pathsIgnore, types, location);
  }

  /**
   * {@return this trigger with more {@code paths-ignore:} patterns}
   *
   * @param patterns the workflow does not run when every changed file matches one, e.g. {@code docs/**}
   */
  public RefTrigger pathsIgnore(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, paths, Lists.plus(pathsIgnore, patterns), types, location);
  }

  /**
   * {@return this trigger with more activity {@code types:}; not for {@code push}}
   *
   * @param activityTypes e.g. {@code opened}, {@code synchronize}; without any, GitHub uses
   *     {@code opened}, {@code synchronize} and {@code reopened}
   */
  public RefTrigger types(String... activityTypes) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore, Lists.plus(types, activityTypes), location);
  }

  /** {@return whether no filter is set, so the YAML can say just the event name} */
  public boolean unfiltered() {
    return branches.isEmpty() && branchesIgnore.isEmpty() && tags.isEmpty() && tagsIgnore.isEmpty()
        && paths.isEmpty() && pathsIgnore.isEmpty() && types.isEmpty();
  }
}
