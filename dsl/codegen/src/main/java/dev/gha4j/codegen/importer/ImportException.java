package dev.gha4j.codegen.importer;

import java.util.List;

/**
 * A workflow the importer cannot turn into Java exactly. The message names the place in the
 * workflow ({@code jobs.build.strategy: ...}) and says why and, if it can, what to do; {@link #line}
 * is that place's line in the file, when known.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> at;
  private final int line;

  /** A refusal about the workflow as a whole. */
  public ImportException(String message) {
    this(List.of(), message, 0);
  }

  /** A refusal about the node at {@code at} (keys and list indexes from the document's root). */
  ImportException(List<String> at, String problem) {
    this(at, (at.isEmpty() ? "" : Node.path(at) + ": ") + problem, 0);
  }

  private ImportException(List<String> at, String message, int line) {
    super(message);
    this.at = List.copyOf(at);
    this.line = line;
  }

  /** A refusal at a known line, e.g. where the YAML parser stopped. */
  static ImportException atLine(int line, String message) {
    return new ImportException(List.of(), message, line);
  }

  /** This refusal with the line of its place, found in {@code lines}. */
  ImportException located(Lines lines) {
    if (line > 0 || at.isEmpty()) return this;
    ImportException e = new ImportException(at, getMessage(), lines.of(at));
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The 1-based line in the workflow file, or 0 when unknown. */
  public int line() {
    return line;
  }
}
