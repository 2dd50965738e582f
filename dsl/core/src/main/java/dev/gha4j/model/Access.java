package dev.gha4j.model;

/** The level a permission scope grants. */
public enum Access {
  /** {@code read}. */
  READ("read"),
  /** {@code write}, which includes {@code read}. */
  WRITE("write"),
  /** {@code none}: no access. */
  NONE("none");

  private final String wire;

  Access(String wire) { this.wire = wire; }

  /** {@return the YAML spelling, e.g. {@code write}} */
  public String wire() { return wire; }
}
