package dev.gha4j.model;

/** The level a permission scope grants. */
public enum Access {
  READ("read"), WRITE("write"), NONE("none");

  private final String wire;

  Access(String wire) { this.wire = wire; }

  /** The YAML spelling. */
  public String wire() { return wire; }
}
