package dev.gha4j.source;

/**
 * A mistake in pipeline code found while the model is being built, reported with the pipeline's
 * own file and line. The generator prints {@link #getMessage()} without a stack trace.
 */
public class Gha4jException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final SourceLocation location;

  public Gha4jException(SourceLocation location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  /** Where in the pipeline source the mistake was made. */
  public SourceLocation location() {
    return location;
  }
}
