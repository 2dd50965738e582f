package dev.gha4j.source;

/**
 * The line of pipeline code that created a model element, so that errors can say
 * {@code FinanceHubCi.java:42: ...} like javac does.
 *
 * <p>Captured with {@link StackWalker}: the first frame whose class is neither the JDK's nor
 * shipped in a gha4j artifact ({@link LibraryCode}) is the pipeline author's line. Which classes
 * are gha4j's is decided by where they were loaded from, not by their names, so a test class in a
 * {@code dev.gha4j} package plays a pipeline author like any other code.
 *
 * @param className the fully qualified class that made the element
 * @param fileName  the source file name as the class file records it, e.g. {@code FinanceHubCi.java}
 * @param line      the 1-based line number, or 0 when unknown
 */
public record SourceLocation(String className, String fileName, int line) {

  /** Used when no frame outside gha4j exists (elements built by gha4j itself, e.g. the importer). */
  public static final SourceLocation UNKNOWN = new SourceLocation("", "<unknown>", 0);

  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /**
   * The first caller outside gha4j and the JDK.
   *
   * @return that caller's line, or {@link #UNKNOWN} when gha4j itself built the element
   */
  public static SourceLocation capture() {
    return WALKER.walk(frames -> frames
        .filter(f -> !LibraryCode.contains(f.getDeclaringClass()))
        .findFirst()
        .map(f -> new SourceLocation(f.getClassName(), String.valueOf(f.getFileName()), f.getLineNumber()))
        .orElse(UNKNOWN));
  }

  /**
   * The innermost frame of {@code thrown} that is pipeline code (the same rule as {@link
   * #capture()}), or {@link #UNKNOWN}: where a plain exception in a pipeline came from.
   *
   * @param thrown an exception a pipeline threw while building its workflow
   * @return the pipeline line it was thrown from, or {@link #UNKNOWN} when no frame is pipeline code
   */
  public static SourceLocation thrownAt(Throwable thrown) {
    for (StackTraceElement f : thrown.getStackTrace()) {
      if (f.getFileName() != null && !LibraryCode.contains(f.getClassName())) {
        return new SourceLocation(f.getClassName(), f.getFileName(), f.getLineNumber());
      }
    }
    return UNKNOWN;
  }

  /** {@code File.java:42}, the prefix of every message about this element. */
  @Override
  public String toString() {
    return line > 0 ? fileName + ":" + line : fileName;
  }
}
