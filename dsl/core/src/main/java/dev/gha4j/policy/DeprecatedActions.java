package dev.gha4j.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Actions {@link Rule#DEPRECATED_ACTION} refuses, each with what to use instead. Same entries and
 * lookup as the {@code dev.gha4j.actions.DeprecatedActions} class generated from the action
 * manifests ({@code dsl/actions/src/main/actions/deprecated.yml}); core cannot depend on that
 * module, so the table lives here too until the two are unified.
 */
final class DeprecatedActions {

  /** What to use instead of a refused action, and why. */
  record Replacement(String replacement, String reason) {}

  private static final Map<String, Replacement> BY_ACTION = table();

  private DeprecatedActions() {}

  private static Map<String, Replacement> table() {
    Map<String, Replacement> m = new LinkedHashMap<>();
    m.put("8398a7/action-slack", new Replacement("slackapi/slack-github-action",
        "is archived and unmaintained; the official Slack action replaces it"));
    m.put("actions/create-release", new Replacement("softprops/action-gh-release",
        "is archived and unmaintained and runs on the removed node12 runtime"));
    m.put("actions/upload-release-asset", new Replacement("softprops/action-gh-release",
        "is archived and unmaintained; action-gh-release uploads assets itself"));
    m.put("aws-actions/configure-aws", new Replacement("aws-actions/configure-aws-credentials",
        "does not exist (a likely slip for configure-aws-credentials)"));
    return m;
  }

  /** The replacement for an action or any action inside its repository, ignoring case. */
  static Optional<Replacement> find(ActionUse use) {
    for (Map.Entry<String, Replacement> e : BY_ACTION.entrySet()) {
      if (use.within(e.getKey().toLowerCase(Locale.ROOT))) return Optional.of(e.getValue());
    }
    return Optional.empty();
  }
}
