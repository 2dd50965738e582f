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

  /**
   * Whether {@link Rule#DEPRECATED_ACTION} refuses the action as archived.
   *
   * @param action a pinned action, e.g. {@link dev.gha4j.model.Step#action()} of a step
   * @return true when its repository is on the archived list ({@code archived-actions.yml}), whatever the version
   */
  public static boolean archived(ActionRef action) {
    return DataFiles.archived(ActionUse.parse(action.uses()));
  }

  /**
   * The advisories {@link Rule#VULNERABLE_ACTION} reports for the action.
   *
   * @param action a pinned action; its {@link ActionRef#version()} is the release checked
   * @return the advisory ids ({@code GHSA-...}, from {@code vulnerable-actions.yml}) that cover every
   *         release the version can stand for ({@code v4} is any 4.y.z); empty when none does or the
   *         version is not a release number
   */
  public static List<String> advisories(ActionRef action) {
    ActionUse use = new ActionUse(action.repository(), action.sha(), true, action.uses(), action.version());
    return SupplyChainChecks.advisories(use).stream().map(DataFiles.Advisory::id).toList();
  }

  /**
   * How current {@link #archived} is, for messages such as "archived (list of 2026-08-07)".
   *
   * @return the date the archived list was taken from its source, e.g. {@code 2026-08-07}
   */
  public static String archivedListDate() {
    return DataFiles.ARCHIVED.date();
  }

  /**
   * How current {@link #advisories} is.
   *
   * @return the date the advisories were last checked, e.g. {@code 2026-12-03}
   */
  public static String advisoriesDate() {
    return DataFiles.VULNERABLE.date();
  }
}
