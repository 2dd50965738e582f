/**
 * Action manifests and their life cycle: add an action from its {@code action.yml} at a tag ({@code
 * make action}), list newer releases, bump, and adopt the versions a Dependabot or Renovate pull
 * request wrote into the YAML.
 */
package dev.gha4j.codegen.manifests;
