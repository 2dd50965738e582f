package dev.gha4j.model;

/**
 * A deployment {@code environment:}: its name, optionally the URL shown on the run, and
 * optionally whether GitHub records a deployment for the job ({@code deployment: false} uses the
 * environment's secrets and protection rules without creating one).
 */
public record Environment(String name, String url, Boolean deployment) {
  /** An environment with a name and an optional URL. */
  public Environment(String name, String url) {
    this(name, url, null);
  }

  public static Environment named(String name) { return new Environment(name, null, null); }
  public Environment url(String url) { return new Environment(name, url, deployment); }
  /** {@code deployment: true|false}; unset, GitHub creates a deployment. */
  public Environment deployment(boolean value) { return new Environment(name, url, value); }
}
