package dev.gha4j.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A {@code GITHUB_TOKEN} permission scope, in the order GitHub's documentation lists them. The scopes
 * and the levels each accepts are those of GitHub's workflow schema (vendored in gha4j-core as
 * {@code dev/gha4j/validate/github-workflow-schema.json}); a test fails when they differ.
 */
public enum Scope {
  /** {@code actions}: workflow runs and artifacts; {@code write} can cancel or re-run a run. */
  ACTIONS("actions"),
  /** {@code artifact-metadata}: metadata records about the artifacts a build produces. */
  ARTIFACT_METADATA("artifact-metadata"),
  /** {@code attestations}: {@code write} creates artifact attestations (build provenance). */
  ATTESTATIONS("attestations"),
  /** {@code checks}: check runs and check suites. */
  CHECKS("checks"),
  /** {@code code-quality}: GitHub Code Quality results. */
  CODE_QUALITY("code-quality"),
  /** {@code contents}: the repository's files, commits, branches, tags and releases; {@code write} pushes. */
  CONTENTS("contents"),
  /** {@code copilot-requests}: {@code write} lets the job make Copilot requests; no {@code read} level. */
  COPILOT_REQUESTS("copilot-requests", Access.WRITE, Access.NONE),
  /** {@code deployments}: deployments and their statuses. */
  DEPLOYMENTS("deployments"),
  /** {@code discussions}: GitHub Discussions. */
  DISCUSSIONS("discussions"),
  /** {@code drives}: accepted by GitHub's workflow schema at every level. */
  DRIVES("drives"),
  /** {@code id-token}: {@code write} requests an OIDC token for cloud login; no {@code read} level. */
  ID_TOKEN("id-token", Access.WRITE, Access.NONE),
  /** {@code issues}: issues and their comments and labels. */
  ISSUES("issues"),
  /** {@code models}: {@code read} calls GitHub Models for AI inference; no {@code write} level. */
  MODELS("models", Access.READ, Access.NONE),
  /** {@code packages}: GitHub Packages; {@code write} publishes. */
  PACKAGES("packages"),
  /** {@code pages}: GitHub Pages builds and deployments. */
  PAGES("pages"),
  /** {@code pull-requests}: pull requests, their comments, labels and reviews. */
  PULL_REQUESTS("pull-requests"),
  /** {@code repository-projects}: classic projects of the repository. */
  REPOSITORY_PROJECTS("repository-projects"),
  /** {@code security-events}: code scanning alerts; {@code write} uploads SARIF. */
  SECURITY_EVENTS("security-events"),
  /** {@code statuses}: commit statuses. */
  STATUSES("statuses"),
  /** {@code vulnerability-alerts}: {@code read} sees Dependabot alerts; no {@code write} level. */
  VULNERABILITY_ALERTS("vulnerability-alerts", Access.READ, Access.NONE);

  private final String wire;
  private final Set<Access> allowed;

  Scope(String wire, Access... allowed) {
    this.wire = wire;
    this.allowed = allowed.length == 0 ? EnumSet.allOf(Access.class) : EnumSet.of(allowed[0], allowed);
  }

  /** {@return the YAML key under {@code permissions:}, e.g. {@code id-token}} */
  public String wire() { return wire; }

  /**
   * {@return whether GitHub accepts this level for the scope ({@code id-token} has no {@code read})}
   *
   * @param access the level a grant would give
   */
  public boolean allows(Access access) { return allowed.contains(access); }
}
