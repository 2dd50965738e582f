package dev.gha4j.model;

import java.util.List;

/** {@code runs-on:} one label, several labels (all must match), or a runner group with labels. */
public record RunsOn(String group, List<String> labels) {
  public RunsOn {
    labels = List.copyOf(labels);
  }

  /** {@code runs-on: ubuntu-latest}. */
  public static RunsOn label(String label) { return new RunsOn(null, List.of(label)); }
  /** {@code runs-on: [self-hosted, linux]}. */
  public static RunsOn labels(String... labels) { return new RunsOn(null, List.of(labels)); }
  /** {@code runs-on: {group: ..., labels: [...]}}. */
  public static RunsOn group(String group, String... labels) { return new RunsOn(group, List.of(labels)); }
}
