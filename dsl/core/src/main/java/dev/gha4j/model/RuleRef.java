package dev.gha4j.model;

/** A policy rule that pipeline code may suppress with a written reason; see {@code Allowance}. */
public interface RuleRef {
  /** {@return the rule's stable id, e.g. {@code GHA001}, as messages and YAML comments show it} */
  String id();
}
