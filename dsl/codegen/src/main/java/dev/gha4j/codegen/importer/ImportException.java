package dev.gha4j.codegen.importer;

/** A workflow the importer cannot turn into Java; the message says why and, if it can, what to do. */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }
}
