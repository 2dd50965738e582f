package dev.gha4j.model;

/**
 * {@code defaults: run:} the shell and working directory of every {@code run} step below. Immutable;
 * each method returns a changed copy.
 *
 * @param shell            {@code shell:}, or null
 * @param workingDirectory {@code working-directory:}, or null
 */
public record Defaults(String shell, String workingDirectory) {
  /** {@return empty run defaults, to set with {@link #shell} and {@link #workingDirectory}} */
  public static Defaults run() { return new Defaults(null, null); }

  /**
   * {@return these defaults with {@code shell:}}
   *
   * @param value e.g. {@code bash}, which adds {@code -o pipefail}; a step's own {@code shell} wins
   */
  public Defaults shell(String value) { return new Defaults(value, workingDirectory); }

  /**
   * {@return these defaults with {@code working-directory:}}
   *
   * @param value relative to the workspace; a step's own {@code working-directory} wins
   */
  public Defaults workingDirectory(String value) { return new Defaults(shell, value); }
}
