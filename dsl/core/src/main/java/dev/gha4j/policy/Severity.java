package dev.gha4j.policy;

/** How a rule's finding affects generation. */
public enum Severity {
  /** The generator writes nothing until the finding is fixed or allowed with a reason. */
  ERROR,
  /** Printed as {@code File.java:LINE: warning: ...}; files are still written. */
  WARNING
}
