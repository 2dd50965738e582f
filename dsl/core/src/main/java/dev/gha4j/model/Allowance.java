package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;

/**
 * A policy rule switched off for one workflow, job or step, with the reason a reviewer reads.
 * The reason is emitted as a YAML comment next to the element.
 */
public record Allowance(String ruleId, String reason, SourceLocation location) {
  /**
   * The reason {@code make import} gives each allowance of its migration baseline: the workflow
   * broke the rule before it was migrated, and someone has yet to fix it.
   */
  public static final String IMPORTED_REASON = "imported: existed before migration";

  /** Whether the importer's migration baseline wrote this allowance: its reason starts with {@code imported:}. */
  public boolean imported() {
    return reason != null && reason.startsWith("imported:");
  }
}
