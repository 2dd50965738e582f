package dev.gha4j.codegen.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One call of a fluent chain, with the YAML path it writes (so that the YAML's comments find
 * their place) and the comment lines to put above it, which make the chain break into lines.
 */
record Link(CodeBlock call, List<String> path, List<String> comments) {
  static Link of(CodeBlock call) {
    return new Link(call, null, new ArrayList<>());
  }

  static Link of(String format, Object... args) {
    return of(CodeBlock.of(format, args));
  }

  /** A call writing the YAML at {@code path} (relative paths are resolved by the caller). */
  static Link at(List<String> path, String format, Object... args) {
    return new Link(CodeBlock.of(format, args), List.copyOf(path), new ArrayList<>());
  }

  /** This link with a comment line below any already there. */
  Link comment(String text) {
    comments.add(text);
    return this;
  }

  /** This link's path resolved below {@code element}. */
  Link under(List<String> element) {
    if (path == null) return this;
    List<String> full = new ArrayList<>(element);
    full.addAll(path);
    return new Link(call, List.copyOf(full), comments);
  }
}
