package dev.gha4j.emit;

import dev.gha4j.source.SourceLocation;

/** Receives every text value as the tree is built, with the element that holds it. */
@FunctionalInterface
interface TextSink {
  void accept(String text, SourceLocation where, String key);
}
