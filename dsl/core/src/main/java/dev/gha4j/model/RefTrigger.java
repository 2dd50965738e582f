package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code push}, {@code pull_request} or {@code pull_request_target} with their filters. Each
 * method returns a changed copy. Patterns are GitHub's glob patterns ({@code main},
 * {@code 'releases/**'}, {@code 'v*'}).
 */
public record RefTrigger(
    String event, List<String> branches, List<String> branchesIgnore, List<String> tags,
    List<String> tagsIgnore, List<String> paths, List<String> pathsIgnore, List<String> types,
    SourceLocation location) implements Trigger {

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

  public RefTrigger branches(String... patterns) {
    return new RefTrigger(event, Lists.plus(branches, patterns), branchesIgnore, tags, tagsIgnore, paths, pathsIgnore, types, location);
  }

  public RefTrigger branchesIgnore(String... patterns) {
    return new RefTrigger(event, branches, Lists.plus(branchesIgnore, patterns), tags, tagsIgnore, paths, pathsIgnore, types, location);
  }

  /** Tag filters; only {@code push} has them. */
  public RefTrigger tags(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, Lists.plus(tags, patterns), tagsIgnore, paths, pathsIgnore, types, location);
  }

  public RefTrigger tagsIgnore(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, Lists.plus(tagsIgnore, patterns), paths, pathsIgnore, types, location);
  }

  public RefTrigger paths(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, Lists.plus(paths, patterns), pathsIgnore, types, location);
  }

  public RefTrigger pathsIgnore(String... patterns) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, paths, Lists.plus(pathsIgnore, patterns), types, location);
  }

  /** Activity types, e.g. {@code opened}, {@code synchronize}; not for {@code push}. */
  public RefTrigger types(String... activityTypes) {
    return new RefTrigger(event, branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore, Lists.plus(types, activityTypes), location);
  }

  /** True when no filter is set, so the YAML can say just the event name. */
  public boolean unfiltered() {
    return branches.isEmpty() && branchesIgnore.isEmpty() && tags.isEmpty() && tagsIgnore.isEmpty()
        && paths.isEmpty() && pathsIgnore.isEmpty() && types.isEmpty();
  }
}
