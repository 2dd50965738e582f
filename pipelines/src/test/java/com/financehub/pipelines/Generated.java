package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.generate.Generation;
import java.util.List;
import java.util.Map;

/**
 * What the pipelines generate, exactly as {@code make generate} does: the same workflows, checks
 * and header. Tests take the list of workflow files from here, so a new workflow is tested
 * without editing a list.
 */
final class Generated {
  /** The command the header of every committed file names (the Makefile passes the same). */
  static final String COMMAND = "make generate";

  private Generated() {}

  /** File name to YAML text, in the order of {@link FinanceHubWorkflows#all()}. */
  static Map<String, String> files() {
    Generation g = Generation.of(FinanceHubWorkflows.all(), Generate.checks(), COMMAND);
    assertThat(g.problems()).as("pipelines must be valid").isEmpty();
    return g.files();
  }

  /** The names of the files the pipelines produce, e.g. {@code ci.yml}. */
  static List<String> names() {
    return List.copyOf(files().keySet());
  }
}
