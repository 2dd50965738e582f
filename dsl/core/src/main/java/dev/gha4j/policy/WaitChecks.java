package dev.gha4j.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules about waiting: {@link Rule#FIXED_SLEEP} and {@link Rule#UNBOUNDED_LOOP}.
 *
 * <p>A {@code sleep} of 5 seconds or more is a fixed wait unless it sits in a loop that can end
 * early: a {@code while}/{@code until} loop, or a {@code for} loop whose body breaks or exits. There
 * it is the delay between attempts of a retry; whether that loop is bounded is
 * {@link Rule#UNBOUNDED_LOOP}'s business ({@link LoopBounds}). A sleep of a variable length cannot
 * be judged and is left alone.
 */
final class WaitChecks {
  /** Shorter sleeps are pauses (rate limits, log flushing), not waits for something. */
  static final double MIN_SECONDS = 5;
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)([smhd]?)");
  private static final String RETRY = "`for i in $(seq 1 10); do check && break; sleep 5; done`";

  private WaitChecks() {}

  static void fixedSleep(StepView v, Reporter out) {
    Scripts.Script s = v.script();
    if (v.posix() != null) {
      for (ShellCommand c : s.shell().commands()) {
        if (!c.name().equals("sleep") || c.loops().stream().anyMatch(LoopBounds::stopsEarly)) continue;
        double seconds = seconds(c.args());
        if (seconds < MIN_SECONDS) continue;
        String length = Double.isInfinite(seconds) ? "forever" : format(seconds) + " s";
        out.step(s.job(), s.step(), "`" + c.source() + "` is a fixed wait of " + length + s.at(c.line())
                + ", too short on a slow day and wasted on a fast one",
            "wait for the condition itself (e.g. `aws ecs wait tasks-stopped`), or poll it in a bounded retry loop: "
                + RETRY);
      }
    }
  }

  static void unboundedLoop(StepView v, Reporter out) {
    Scripts.Script s = v.script();
    if (v.posix() != null) {
      for (ShellLoop loop : s.shell().loops()) {
        if (LoopBounds.bounded(loop)) continue;
        out.step(s.job(), s.step(), "`" + header(loop) + "` loop" + s.at(loop.line())
                + " has no bound: nothing counts its attempts or limits its time, so it can spin until the job times out",
            "count the attempts and fail after the last: " + RETRY);
      }
    }
  }

  private static String header(ShellLoop loop) {
    if (loop.arithmetic() != null) return loop.keyword() + " ((" + loop.arithmetic() + "))";
    List<ShellCommand> condition = loop.condition();
    return condition.isEmpty() ? loop.keyword() : loop.keyword() + " " + condition.get(0).source();
  }

  /** Total seconds of sleep's arguments; 0 when one cannot be read (e.g. {@code $DELAY}). */
  static double seconds(List<String> args) {
    double total = 0;
    for (String a : args) {
      if (a.equals("infinity")) return Double.POSITIVE_INFINITY;
      Matcher m = DURATION.matcher(a);
      if (!m.matches()) return 0;
      double n = Double.parseDouble(m.group(1));
      switch (m.group(2)) {
        case "m": n *= 60; break;
        case "h": n *= 3600; break;
        case "d": n *= 86400; break;
        default: break;
      }
      total += n;
    }
    return total;
  }

  private static String format(double seconds) {
    return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
  }
}
