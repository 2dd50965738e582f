package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/**
 * {@code schedule:} cron expressions (UTC); the validator checks each field's range.
 *
 * @param crons    five-field POSIX cron expressions, one {@code - cron:} entry each
 * @param location the pipeline line that made the trigger
 */
public record ScheduleTrigger(List<String> crons, SourceLocation location) implements Trigger {
  /**
   * Copies the expressions.
   *
   * @param crons    five-field POSIX cron expressions
   * @param location the pipeline line that made the trigger
   */
  public ScheduleTrigger {
    crons = List.copyOf(crons);
  }

  @Override
  public String event() { return "schedule"; }
}
