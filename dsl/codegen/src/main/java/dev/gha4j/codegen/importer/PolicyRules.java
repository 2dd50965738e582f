package dev.gha4j.codegen.importer;

import dev.gha4j.model.RuleRef;

/**
 * Finds the constant of gha4j's policy rule enum ({@code dev.gha4j.policy.Rule}) for a rule id, so
 * that an imported {@code # gha4j allows GHA005: ...} becomes {@code .allow(Rule.MISSING_TIMEOUT,
 * ...)}. Looked up by name so that the importer works with and without the policy rules.
 */
final class PolicyRules {
  static final String CLASS = "dev.gha4j.policy.Rule";

  private PolicyRules() {}

  /** The enum constant's name, or null when the rules are absent or none has this id. */
  static String constantFor(String ruleId) {
    Class<?> rules;
    try {
      rules = Class.forName(CLASS, false, PolicyRules.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    if (!rules.isEnum()) return null;
    for (Object constant : rules.getEnumConstants()) {
      if (constant instanceof RuleRef r && r.id().equals(ruleId)) return ((Enum<?>) constant).name();
    }
    return null;
  }
}
