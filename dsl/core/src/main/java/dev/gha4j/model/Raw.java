package dev.gha4j.model;

import java.util.Objects;

/**
 * The escape hatch: a YAML value for a key GitHub added before gha4j modelled it. Used only
 * through {@code escapeHatch(key, Raw)} on workflows, jobs and steps, so that every use is visible
 * in review. The text is parsed as YAML when the workflow is emitted; invalid YAML is reported with
 * the pipeline's file and line.
 */
public record Raw(String yaml) {
  public Raw {
    Objects.requireNonNull(yaml, "yaml");
  }

  /** A YAML fragment, e.g. {@code Raw.yaml("{ enabled: true }")} or a plain scalar. */
  public static Raw yaml(String yaml) {
    return new Raw(yaml);
  }
}
