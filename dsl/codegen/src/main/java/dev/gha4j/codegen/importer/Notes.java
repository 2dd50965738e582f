package dev.gha4j.codegen.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The YAML comments still to be placed in the Java. Each goes above the code that writes its node
 * or, failing that, the nearest enclosing node: a comment inside {@code with:} above that input,
 * one inside {@code on:} above {@code .on(...)}, one between a step's keys above the step.
 */
final class Notes {
  private final List<Comments.Note> remaining;

  /** The comments of the file, and a {@code check:} comment for each warning, above the node it is about. */
  Notes(Comments comments, List<Warning> warnings) {
    remaining = new ArrayList<>(comments.notes());
    for (Warning w : warnings) remaining.add(new Comments.Note(w.line(comments.lines()), w.at(), "check: " + w.text()));
  }

  /** Takes the comments at or below {@code path}, in file order. */
  List<String> claim(List<String> path) {
    List<String> texts = new ArrayList<>();
    for (Iterator<Comments.Note> it = remaining.iterator(); it.hasNext(); ) {
      Comments.Note note = it.next();
      if (startsWith(note.path(), path)) {
        texts.add(note.text());
        it.remove();
      }
    }
    return texts;
  }

  /**
   * Gives each link the comments below its path, deepest paths first; returns those left at or
   * below {@code element}, which go above the element itself.
   */
  List<String> place(List<Link> links, List<String> element) {
    List<Link> withPath = new ArrayList<>(links.stream().filter(l -> l.path() != null).toList());
    withPath.sort(Comparator.comparingInt((Link l) -> l.path().size()).reversed());
    for (Link link : withPath) link.comments().addAll(0, claim(link.path()));
    // A comment above a key whose entries each have a call (env:, with:) goes to the first of them.
    for (Iterator<Comments.Note> it = remaining.iterator(); it.hasNext(); ) {
      Comments.Note note = it.next();
      if (note.path().size() <= element.size() || !startsWith(note.path(), element)) continue;
      for (Link link : links) {
        if (link.path() != null && startsWith(link.path(), note.path())) {
          link.comments().add(note.text());
          it.remove();
          break;
        }
      }
    }
    return claim(element);
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }
}
