package dev.gha4j.api;

import dev.gha4j.source.SourceLocation;
import java.util.Comparator;

/**
 * One mistake in a pipeline, printed javac-style: {@code FinanceHubCi.java:42: message}.
 *
 * @param location the pipeline line that made the element at fault
 * @param message  what is wrong and, where it is not obvious, how to fix it
 */
public record Problem(SourceLocation location, String message) {

  /** By file, then line, then message: stable output whatever order checks run in. */
  public static final Comparator<Problem> ORDER = Comparator
      .comparing((Problem p) -> p.location().fileName())
      .thenComparingInt(p -> p.location().line())
      .thenComparing(Problem::message);

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
