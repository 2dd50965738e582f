package dev.gha4j.codegen.importer;

import java.util.List;

/**
 * Something the importer carried over that a person should check, at a place in the workflow:
 * printed as a {@code check:} line and written as a comment above the Java that holds it.
 *
 * @param at   keys and list indexes from the document's root; empty for the whole workflow
 * @param text what to check
 * @param line the 1-based line it is about, or 0 for the line where the node at {@code at} starts
 */
record Warning(List<String> at, String text, int line) {
  Warning(List<String> at, String text) {
    this(at, text, 0);
  }

  /** The line in the file, found in {@code lines} unless given. */
  int line(Lines lines) {
    return line > 0 ? line : lines.of(at);
  }

  /** {@code jobs.build.env.X: text}. */
  String describe() {
    return at.isEmpty() ? text : Node.path(at) + ": " + text;
  }
}
