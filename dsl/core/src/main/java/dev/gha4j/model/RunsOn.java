package dev.gha4j.model;

import java.util.List;

/**
 * {@code runs-on:} one label, several labels (all must match), or a runner group with labels.
 *
 * @param group  the runner group, or null
 * @param labels the labels a runner must all have; may be empty with a group
 */
public record RunsOn(String group, List<String> labels) {
  /**
   * Copies the labels.
   *
   * @param group  the runner group, or null
   * @param labels the labels a runner must all have
   */
  public RunsOn {
    labels = List.copyOf(labels);
  }

  /**
   * {@return {@code runs-on: <label>}, e.g. {@code runs-on: ubuntu-latest}}
   *
   * @param label a GitHub-hosted runner image, or a self-hosted runner's label
   */
  public static RunsOn label(String label) { return new RunsOn(null, List.of(label)); }
  /**
   * {@return {@code runs-on: [labels]}, e.g. {@code [self-hosted, linux]}}
   *
   * @param labels a runner must have all of them
   */
  public static RunsOn labels(String... labels) { return new RunsOn(null, List.of(labels)); }
  /**
   * {@return {@code runs-on: {group: ..., labels: [...]}}}
   *
   * @param group  a runner group of the organisation or enterprise
   * @param labels labels a runner of the group must also have; may be none
   */
  public static RunsOn group(String group, String... labels) { return new RunsOn(group, List.of(labels)); }
}
