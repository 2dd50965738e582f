package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.List;

/** {@code schedule:} cron expressions (UTC); the validator checks each field's range. */
public record ScheduleTrigger(List<String> crons, SourceLocation location) implements Trigger {
  public ScheduleTrigger {
    crons = List.copyOf(crons);
  }

  @Override
  public String event() { return "schedule"; }
}
