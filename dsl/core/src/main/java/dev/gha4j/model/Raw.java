package dev.gha4j.model;

import java.util.Objects;

/**
 * The escape hatch: a YAML value for a key GitHub added before gha4j modelled it. Used only
 * through {@code escapeHatch(key, Raw)} on workflows, jobs and steps, so that every use is visible
 * in review. The text is parsed as YAML when the workflow is emitted; invalid YAML is reported with
 * the pipeline's file and line.
 *
 * @param yaml the YAML text of one value
 */
public record Raw(String yaml) {
  /**
   * Rejects null.
   *
   * @param yaml the YAML text of one value; not null
   */
  public Raw {
    Objects.requireNonNull(yaml, "yaml");
  }

  /**
   * {@return a YAML fragment, e.g. {@code Raw.yaml("{ enabled: true }")} or a plain scalar}
   *
   * @param yaml the YAML text of one value: a mapping, a list or a scalar
   */
  public static Raw yaml(String yaml) {
    return new Raw(yaml);
  }
}
