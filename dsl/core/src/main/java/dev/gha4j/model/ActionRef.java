package dev.gha4j.model;

import java.util.regex.Pattern;

/**
 * An action pinned by commit: {@code owner/repo[/path]} at a 40-hex SHA, with the release tag it
 * stands for. Renders as {@code uses: owner/repo@<sha> # <version>}, a form Dependabot and Renovate
 * keep up to date.
 *
 * @param repository {@code owner/repo} or {@code owner/repo/path}
 * @param sha        the full 40-hex commit
 * @param version    the tag the commit carries, e.g. {@code v7.0.1}
 * @param scopes     the write scopes the action uses, from its manifest; {@link ActionScopes#unknown()} for
 *                   an action made by hand. Not part of equality: it describes the same commit.
 */
public record ActionRef(String repository, String sha, String version, ActionScopes scopes) {

  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?");
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  // The version is written into a YAML comment after the SHA: a line break there would end the
  // comment and inject YAML, so it is limited to what tag names use in practice.
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+/@-]+");

  /**
   * An action whose write scopes gha4j does not know (one without a manifest).
   *
   * @param repository {@code owner/repo} or {@code owner/repo/path}
   * @param sha        the full 40-hex commit, lower case
   * @param version    the tag the commit carries, e.g. {@code v7.0.1}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ActionRef(String repository, String sha, String version) {
    this(repository, sha, version, ActionScopes.unknown());
  }

  /**
   * Checks each part, because the version is written into a YAML comment and the rest into {@code uses:}.
   *
   * @param repository {@code owner/repo} or {@code owner/repo/path}
   * @param sha        the full 40-hex commit, lower case
   * @param version    the tag: letters, digits and {@code . _ + / @ -}
   * @param scopes     the write scopes the action uses; not null
   * @throws IllegalArgumentException when the repository, SHA or version has another form
   */
  public ActionRef {
    java.util.Objects.requireNonNull(scopes, "scopes");
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new IllegalArgumentException("'" + repository + "' is not owner/repo[/path]");
    }
    if (!SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException("'" + sha + "' is not a full 40-hex commit SHA");
    }
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("version '" + version + "' must name the tag, e.g. v4.2.1"
          + " (letters, digits and . _ + / @ -)");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionRef r && r.repository.equals(repository) && r.sha.equals(sha) && r.version.equals(version);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(repository, sha, version);
  }

  /** {@return the {@code uses:} value: {@code owner/repo@sha}} */
  public String uses() {
    return repository + "@" + sha;
  }
}
