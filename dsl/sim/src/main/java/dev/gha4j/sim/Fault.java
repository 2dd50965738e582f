package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call made to break in a simulated run: the call (by its {@link CallSite}), how it breaks,
 * and the arguments it was seen with. A fault found only because an earlier fault changed the run
 * (a rollback's calls, the second attempt of a retry) keeps that earlier fault as its {@code cause},
 * and a run with it injects both.
 *
 * @param site  the call
 * @param kind  how it breaks
 * @param seen  the call's arguments, joined by spaces, when it was found (for names and for
 *              {@link FaultKind#FAILS_EVERY_TIME}, which breaks later calls with the same
 *              arguments); empty for an action
 * @param cause the fault in place when this call was found, or null
 */
public record Fault(CallSite site, FaultKind kind, String seen, Fault cause) {

  /**
   * Checks the parts.
   *
   * @param site  the call
   * @param kind  how it breaks
   * @param seen  the call's arguments, joined by spaces, when it was found; empty for an action
   * @param cause the fault in place when this call was found, or null
   * @throws NullPointerException     when {@code site}, {@code kind} or {@code seen} is null
   * @throws IllegalArgumentException when an action is to hang or fail every time (stubs take no time
   *                                  and are called once)
   */
  public Fault {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(seen, "seen");
    if (site.action() && (kind == FaultKind.HANGS || kind == FaultKind.FAILS_EVERY_TIME)) {
      throw new IllegalArgumentException("a stubbed action can fail or answer nothing, not " + kind + ": " + site);
    }
  }

  /**
   * This fault and its causes: everything a run with it injects.
   *
   * @return the first cause first, this fault last
   */
  public List<Fault> chain() {
    List<Fault> all = new ArrayList<>();
    for (Fault f = this; f != null; f = f.cause) all.add(0, f);
    return all;
  }

  /**
   * How many faults a run with this one injects.
   *
   * @return 1, plus one per cause
   */
  public int depth() {
    return chain().size();
  }

  /**
   * {@code deploy-staging › step 9 "Check health" › curl #1 fails (--fail … https://…/health)}, then
   * {@code , after: …} for each cause.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(site.toString()).append(' ').append(kind.verb());
    if (!seen.isEmpty()) s.append(" (").append(abbreviate(seen)).append(')');
    if (cause != null) s.append(", after ").append(cause);
    return s.toString();
  }

  private static String abbreviate(String line) {
    String one = line.replaceAll("\\s+", " ");
    return one.length() <= 120 ? one : one.substring(0, 117) + "...";
  }
}
