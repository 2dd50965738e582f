package dev.gha4j.codegen.importer;

import dev.gha4j.policy.Rule;

/**
 * Finds the constant of gha4j's policy rules for a rule id, so that an imported
 * {@code # gha4j allows GHA005: ...} becomes {@code .allow(Rule.MISSING_TIMEOUT, ...)}.
 */
final class PolicyRules {
  private PolicyRules() {}

  /** The {@link Rule} constant's name, or null when no rule has this id (one from a newer gha4j). */
  static String constantFor(String ruleId) {
    for (Rule rule : Rule.values()) if (rule.id().equals(ruleId)) return rule.name();
    return null;
  }
}
