package dev.gha4j.model;

/** {@code defaults: run:} the shell and working directory of every {@code run} step below. */
public record Defaults(String shell, String workingDirectory) {
  public static Defaults run() { return new Defaults(null, null); }
  public Defaults shell(String value) { return new Defaults(value, workingDirectory); }
  public Defaults workingDirectory(String value) { return new Defaults(shell, value); }
}
