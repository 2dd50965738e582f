package dev.gha4j.sim;

import java.util.ArrayList;

/**
 * The array an object filter ({@code .*}) produces. A property read on it maps over the elements,
 * so {@code github.event.commits.*.author.name} is the array of every commit's author name.
 */
final class Filtered extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;
}
