package dev.gha4j.model;

/** A deployment {@code environment:}: its name and, optionally, the URL shown on the run. */
public record Environment(String name, String url) {
  public static Environment named(String name) { return new Environment(name, null); }
  public Environment url(String url) { return new Environment(name, url); }
}
