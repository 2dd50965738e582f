package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;

/**
 * A policy rule switched off for one workflow, job or step, with the reason a reviewer reads.
 * The reason is emitted as a YAML comment next to the element.
 *
 * @param ruleId   the rule switched off, e.g. {@code GHA001}
 * @param reason   why it does not apply here; a null or blank reason is an error
 * @param location the pipeline line that called {@code allow}
 */
public record Allowance(String ruleId, String reason, SourceLocation location) {
  /**
   * The reason {@code make import} gives each allowance of its migration baseline: the workflow
   * broke the rule before it was migrated, and someone has yet to fix it.
   */
  public static final String IMPORTED_REASON = "imported: existed before migration";

  /**
   * {@return whether the importer's migration baseline wrote this allowance: its reason starts
   * with {@code imported:}}
   */
  public boolean imported() {
    return reason != null && reason.startsWith("imported:");
  }
}
