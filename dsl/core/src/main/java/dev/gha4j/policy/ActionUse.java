package dev.gha4j.policy;

import dev.gha4j.model.Step;
import java.util.Locale;

/**
 * What a {@code uses:} value names: {@code owner/repo[/path]} and the ref after {@code @}.
 *
 * @param repository {@code owner/repo[/path]}, or the whole value for local and docker refs
 * @param ref        the text after {@code @}, or null when there is none
 * @param typed      true for a typed binding or {@code ActionRef}, which is pinned by construction
 * @param text       the value as written
 * @param version    the release it stands for: an {@code ActionRef}'s version, or a ref that is not a
 *                   commit SHA; null when unknown
 */
record ActionUse(String repository, String ref, boolean typed, String text, String version) {
  private static final java.util.regex.Pattern SHA = java.util.regex.Pattern.compile("[0-9a-fA-F]{40}");

  /** The action a step uses, or null for a {@code run} step. */
  static ActionUse of(Step step) {
    if (step.action() != null) {
      return new ActionUse(step.action().repository(), step.action().sha(), true, step.uses(), step.action().version());
    }
    return step.rawUses() == null ? null : parse(step.rawUses());
  }

  /** Splits a raw value such as {@code aquasecurity/trivy-action@master}. */
  static ActionUse parse(String uses) {
    if (isLocal(uses) || uses.startsWith("docker://")) return new ActionUse(uses, null, false, uses, null);
    int at = uses.indexOf('@');
    if (at < 0) return new ActionUse(uses, null, false, uses, null);
    String ref = uses.substring(at + 1);
    return new ActionUse(uses.substring(0, at), ref, false, uses, SHA.matcher(ref).matches() ? null : ref);
  }

  private static boolean isLocal(String uses) {
    // $/ is GitHub's self-repository form (2026): an action or workflow of this repository at this commit.
    return uses.startsWith("./") || uses.startsWith("../") || uses.startsWith("$/");
  }

  boolean local() {
    return isLocal(text);
  }

  boolean docker() {
    return text.startsWith("docker://");
  }

  /** True for exactly this action, ignoring case, e.g. {@code is("actions/checkout")}. */
  boolean is(String action) {
    return repository.equalsIgnoreCase(action);
  }

  /** True for this repository or any action inside it, e.g. {@code github/codeql-action/analyze}. */
  boolean within(String repo) {
    // Without lower-casing copies: every rule asks this of every step.
    int n = repo.length();
    if (repository.length() < n || !repository.regionMatches(true, 0, repo, 0, n)) return false;
    return repository.length() == n || repository.charAt(n) == '/';
  }

}
