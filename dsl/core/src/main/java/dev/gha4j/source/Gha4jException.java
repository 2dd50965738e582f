package dev.gha4j.source;

/**
 * A mistake in pipeline code found while the model is being built, reported with the pipeline's
 * own file and line. The generator prints {@link #getMessage()} ({@code File.java:LINE: problem})
 * without a stack trace; {@link #problem()} is the same text without the location.
 */
public class Gha4jException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Where in the pipeline source the mistake was made. */
  private final SourceLocation location;
  /** What is wrong and how to fix it, without the location. */
  private final String problem;

  /**
   * @param location where in the pipeline source the mistake was made
   * @param problem  what is wrong and how to fix it, without the location
   */
  public Gha4jException(SourceLocation location, String problem) {
    super(location + ": " + problem);
    this.location = location;
    this.problem = problem;
  }

  /**
   * Where in the pipeline source the mistake was made.
   *
   * @return the pipeline line, or {@link SourceLocation#UNKNOWN} for elements gha4j built itself
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * What is wrong and how to fix it, without the location.
   *
   * @return the message without its {@code File.java:LINE: } prefix
   */
  public String problem() {
    return problem;
  }
}
