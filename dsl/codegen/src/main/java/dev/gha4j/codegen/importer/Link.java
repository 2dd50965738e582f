package dev.gha4j.codegen.importer;

import com.palantir.javapoet.CodeBlock;

/** One call of a fluent chain, optionally with a line comment above it (which forces line breaks). */
record Link(CodeBlock call, String comment) {
  static Link of(CodeBlock call) {
    return new Link(call, null);
  }

  static Link of(String format, Object... args) {
    return new Link(CodeBlock.of(format, args), null);
  }

  static Link commented(String comment, CodeBlock call) {
    return new Link(call, comment);
  }
}
