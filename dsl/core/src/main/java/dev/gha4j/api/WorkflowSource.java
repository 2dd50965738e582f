package dev.gha4j.api;

import dev.gha4j.model.Workflow;

/**
 * A class that defines one workflow. The generator names it in the YAML header, so a reader of
 * {@code ci.yml} knows which Java file to edit.
 */
public interface WorkflowSource {
  /**
   * Builds the workflow. Called once per generation.
   *
   * @return the workflow to validate and write as {@code .github/workflows/<file>.yml}
   */
  Workflow workflow();
}
