package dev.gha4j.sim;

import java.util.Locale;

/** A job's or step's result, as GitHub names it in {@code needs.<id>.result} and {@code steps.<id>.outcome}. */
public enum Conclusion {
  SUCCESS, FAILURE, CANCELLED, SKIPPED;

  /** {@code success}, {@code failure}, {@code cancelled} or {@code skipped}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text();
  }
}
