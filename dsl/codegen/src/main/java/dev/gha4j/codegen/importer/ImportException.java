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
  /** The 1-based line in the workflow file, or 0 when unknown. */
  private final int line;

  /**
   * A refusal about the workflow as a whole, at no particular line.
   *
   * @param message what gha4j cannot import and, if it can say, what to do instead
   */
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

  /**
   * Where in the workflow file the refusal is, for a {@code ci.yml:12: ...} report.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }
}
