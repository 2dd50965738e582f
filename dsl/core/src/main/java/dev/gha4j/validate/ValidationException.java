package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a workflow has problems; the message lists all of them, one per line. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  // Package-private: only Validator.check throws it; users catch it.
  ValidationException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems, for code that reports them itself rather than printing the message.
   *
   * @return every problem {@link Validator#validate} found, sorted by file and line; never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
