package dev.gha4j.sim;

/**
 * An expression GitHub would refuse while running the workflow (invalid JSON for
 * {@code fromJSON}, a bad {@code format} string, …). The simulator reports it as the failure of
 * the job or step whose text held the expression, as GitHub does.
 */
public final class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An expression failure.
   *
   * @param message what GitHub would say, and how to fix it where that is clear
   */
  public EvaluationException(String message) {
    super(message);
  }
}
