package dev.gha4j.validate;

import java.util.List;
import java.util.Locale;

/** Checks a five-field POSIX cron expression the way GitHub's scheduler reads it. */
final class Cron {
  private Cron() {}

  private record Field(String name, int min, int max, List<String> names) {}

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final List<Field> FIELDS = List.of(
      new Field("minute", 0, 59, List.of()),
      new Field("hour", 0, 23, List.of()),
      new Field("day of month", 1, 31, List.of()),
      new Field("month", 1, 12, MONTHS),
      new Field("day of week", 0, 6, DAYS));

  /** Null when valid, else what is wrong. */
  static String problem(String cron) {
    String[] parts = cron.isBlank() ? new String[0] : cron.trim().split("\\s+");
    if (parts.length != 5) {
      return "cron '" + cron + "' has " + parts.length + (parts.length == 1 ? " field" : " fields")
          + "; GitHub needs 5: minute hour day-of-month month day-of-week";
    }
    for (int i = 0; i < 5; i++) {
      String problem = field(parts[i], FIELDS.get(i));
      if (problem != null) return "cron '" + cron + "': " + problem;
    }
    return null;
  }

  private static String field(String text, Field f) {
    for (String item : text.split(",", -1)) {
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        range = item.substring(0, slash);
        Integer step = number(item.substring(slash + 1), List.of());
        if (step == null || step < 1) return f.name + " step '" + item + "' must be a positive number";
      }
      if (range.equals("*")) continue;
      String[] bounds = range.split("-", -1);
      if (bounds.length > 2) return f.name + " '" + item + "' is not a value or a range";
      Integer low = null;
      for (String bound : bounds) {
        Integer value = number(bound, f.names);
        if (value == null || value < f.min || value > f.max) {
          return f.name + " '" + bound + "' is outside " + f.min + "-" + f.max;
        }
        if (low != null && value < low) return f.name + " range '" + range + "' runs backwards";
        low = value;
      }
    }
    return null;
  }

  /**
   * Seconds between the first two runs of a valid {@code cron} after 1970-01-01T00:00Z, as
   * actionlint measures it (robfig/cron: day of month and day of week both apply unless one is
   * {@code *}); -1 when it never runs twice within five years.
   */
  static long interval(String cron) {
    String[] parts = cron.trim().split("\\s+");
    boolean[][] sets = new boolean[5][];
    boolean[] star = new boolean[5];
    for (int i = 0; i < 5; i++) {
      Field f = FIELDS.get(i);
      sets[i] = new boolean[f.max + 1];
      for (String item : parts[i].split(",", -1)) star[i] |= expand(item, f, sets[i]);
    }
    long first = -1;
    java.time.LocalDate day = java.time.LocalDate.of(1970, 1, 1);
    for (int d = 0; d < 5 * 366; d++, day = day.plusDays(1)) {
      if (!sets[3][day.getMonthValue()]) continue;
      boolean dom = sets[2][day.getDayOfMonth()];
      boolean dow = sets[4][day.getDayOfWeek().getValue() % 7];
      if (star[2] || star[4] ? !(dom && dow) : !(dom || dow)) continue;
      for (int h = 0; h < 24; h++) {
        for (int m = 0; m < 60; m++) {
          if (!sets[1][h] || !sets[0][m]) continue;
          long at = day.toEpochDay() * 86_400 + h * 3_600L + m * 60L;
          if (at <= 0) continue;
          if (first >= 0) return at - first;
          first = at;
        }
      }
    }
    return -1;
  }

  // Marks the values of one comma item; true when its range is * (robfig's star bit).
  private static boolean expand(String item, Field f, boolean[] into) {
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), List.of());
    }
    boolean star = range.equals("*") || range.equals("?");
    int low = f.min;
    int high = f.max;
    if (!star) {
      String[] bounds = range.split("-", -1);
      low = number(bounds[0], f.names);
      high = bounds.length > 1 ? number(bounds[1], f.names) : slash >= 0 ? f.max : low;
    }
    for (int v = low; v <= high; v += step) into[v] = true;
    return star;
  }

  private static Integer number(String text, List<String> names) {
    int named = names.indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) return names.size() == 12 ? named + 1 : named;
    // ASCII digits only: Character.isDigit and Integer.parseInt also accept other scripts' digits.
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() > 4) return null;
    return Integer.parseInt(text);
  }
}
