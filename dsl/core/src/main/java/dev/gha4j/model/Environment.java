package dev.gha4j.model;

/**
 * A deployment {@code environment:}: its name, optionally the URL shown on the run, and
 * optionally whether GitHub records a deployment for the job ({@code deployment: false} uses the
 * environment's secrets and protection rules without creating one). Immutable; each method
 * returns a changed copy.
 *
 * @param name       the environment as named in the repository settings
 * @param url        the URL shown on the run and the deployment, or null
 * @param deployment {@code deployment:}, or null for GitHub's default (a deployment is recorded)
 */
public record Environment(String name, String url, Boolean deployment) {
  /**
   * An environment with a name and an optional URL.
   *
   * @param name the environment as named in the repository settings, e.g. {@code production}
   * @param url  the URL shown on the run, or null; may embed {@code ${{ }}}
   */
  public Environment(String name, String url) {
    this(name, url, null);
  }

  /**
   * {@return an environment by name alone: its protection rules and secrets apply to the job}
   *
   * @param name the environment as named in the repository settings, e.g. {@code production}
   */
  public static Environment named(String name) { return new Environment(name, null, null); }

  /**
   * {@return this environment with the URL shown on the run}
   *
   * @param url the deployed address; may embed {@code ${{ }}}, e.g. a step output
   */
  public Environment url(String url) { return new Environment(name, url, deployment); }

  /**
   * {@return this environment with {@code deployment:} set; unset, GitHub creates a deployment}
   *
   * @param value false uses the environment's secrets and protection rules without recording a deployment
   */
  public Environment deployment(boolean value) { return new Environment(name, url, value); }
}
