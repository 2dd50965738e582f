package dev.gha4j.policy;

import dev.gha4j.model.ActionRef;
import java.util.List;

/**
 * What gha4j's data files say about one action ({@link Rule#DEPRECATED_ACTION},
 * {@link Rule#VULNERABLE_ACTION}): for tools and tests that check a list of pinned actions, e.g.
 * that no action a project pins is archived or has an advisory.
 */
public final class KnownRisks {
  private KnownRisks() {}

  /** True when the action's repository is on the archived list ({@code archived-actions.yml}). */
  public static boolean archived(ActionRef action) {
    return DataFiles.archived(ActionUse.parse(action.uses()));
  }

  /** The ids of the advisories ({@code vulnerable-actions.yml}) that cover the action at its version. */
  public static List<String> advisories(ActionRef action) {
    ActionUse use = new ActionUse(action.repository(), action.sha(), true, action.uses(), action.version());
    return SupplyChainChecks.advisories(use).stream().map(DataFiles.Advisory::id).toList();
  }

  /** The date of the archived list, e.g. {@code 2026-08-07}. */
  public static String archivedListDate() {
    return DataFiles.ARCHIVED.date();
  }

  /** The date the advisories were last checked, e.g. {@code 2026-12-03}. */
  public static String advisoriesDate() {
    return DataFiles.VULNERABLE.date();
  }
}
