package dev.gha4j.review;

import java.util.Map;
import java.util.Set;

/**
 * A step, as far as review and graphs look at it.
 *
 * @param key       identifies the step across two versions of its job: its id, else its name, else
 *                  its action, else its position; made unique within the job
 * @param label     how a person recognises it: its name, else its id, action or first script line
 * @param uses      its action, or null for a {@code run} step
 * @param run       its script, or null
 * @param condition its {@code if:}, or null
 * @param timeout   its {@code timeout-minutes} as text, or null
 * @param settings  its other keys ({@code with}, {@code env}, …) to their {@link Canonical} text, sorted
 */
record StepView(String key, String label, ActionUse uses, String run, Condition condition, String timeout,
    Map<String, String> settings) {
  /** The keys {@link #settings} leaves out: the ones above. */
  static final Set<String> MODELLED = Set.of("id", "name", "uses", "run", "if", "timeout-minutes");
}
