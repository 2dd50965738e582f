package dev.gha4j.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A {@code GITHUB_TOKEN} permission scope, in the order GitHub's documentation lists them. The scopes
 * and the levels each accepts are those of GitHub's workflow schema (vendored in gha4j-core as
 * {@code dev/gha4j/validate/github-workflow-schema.json}); a test fails when they differ.
 */
public enum Scope {
  ACTIONS("actions"),
  ARTIFACT_METADATA("artifact-metadata"),
  ATTESTATIONS("attestations"),
  CHECKS("checks"),
  CODE_QUALITY("code-quality"),
  CONTENTS("contents"),
  COPILOT_REQUESTS("copilot-requests", Access.WRITE, Access.NONE),
  DEPLOYMENTS("deployments"),
  DISCUSSIONS("discussions"),
  DRIVES("drives"),
  ID_TOKEN("id-token", Access.WRITE, Access.NONE),
  ISSUES("issues"),
  MODELS("models", Access.READ, Access.NONE),
  PACKAGES("packages"),
  PAGES("pages"),
  PULL_REQUESTS("pull-requests"),
  REPOSITORY_PROJECTS("repository-projects"),
  SECURITY_EVENTS("security-events"),
  STATUSES("statuses"),
  VULNERABILITY_ALERTS("vulnerability-alerts", Access.READ, Access.NONE);

  private final String wire;
  private final Set<Access> allowed;

  Scope(String wire, Access... allowed) {
    this.wire = wire;
    this.allowed = allowed.length == 0 ? EnumSet.allOf(Access.class) : EnumSet.of(allowed[0], allowed);
  }

  /** The YAML key. */
  public String wire() { return wire; }

  /** Whether GitHub accepts this level for the scope ({@code id-token} has no {@code read}). */
  public boolean allows(Access access) { return allowed.contains(access); }
}
