package dev.gha4j.source;

import java.util.Optional;

/**
 * The line of pipeline code that created a model element, so that errors can say
 * {@code FinanceHubCi.java:42: ...} like javac does.
 *
 * <p>Captured with {@link StackWalker}: the first frame whose class is not part of gha4j itself
 * (package {@code dev.gha4j.}, except its tests) and not a JDK class is the pipeline author's line.
 *
 * @param className the fully qualified class that made the element
 * @param fileName  the source file name as the class file records it, e.g. {@code FinanceHubCi.java}
 * @param line      the 1-based line number, or 0 when unknown
 */
public record SourceLocation(String className, String fileName, int line) {

  /** Used when no frame outside gha4j exists (elements built by gha4j itself, e.g. the importer). */
  public static final SourceLocation UNKNOWN = new SourceLocation("", "<unknown>", 0);

  private static final StackWalker WALKER = StackWalker.getInstance();

  /** The first caller outside gha4j and the JDK. */
  public static SourceLocation capture() {
    Optional<StackWalker.StackFrame> frame =
        WALKER.walk(frames -> frames.filter(f -> isUserCode(f.getClassName())).findFirst());
    return frame
        .map(f -> new SourceLocation(f.getClassName(), String.valueOf(f.getFileName()), f.getLineNumber()))
        .orElse(UNKNOWN);
  }

  /**
   * The innermost frame of {@code thrown} that is pipeline code (the same rule as {@link
   * #capture()}), or {@link #UNKNOWN}: where a plain exception in a pipeline came from.
   */
  public static SourceLocation thrownAt(Throwable thrown) {
    for (StackTraceElement f : thrown.getStackTrace()) {
      if (isUserCode(f.getClassName()) && f.getFileName() != null) {
        return new SourceLocation(f.getClassName(), f.getFileName(), f.getLineNumber());
      }
    }
    return UNKNOWN;
  }

  private static boolean isUserCode(String className) {
    return !(isLibrary(className)
        || className.startsWith("java.")
        || className.startsWith("jdk.")
        || className.startsWith("sun."));
  }

  // gha4j's own tests are user code too: they play the pipeline author.
  private static boolean isLibrary(String className) {
    int nested = className.indexOf('$');
    String outer = nested < 0 ? className : className.substring(0, nested);
    return outer.startsWith("dev.gha4j.") && !outer.endsWith("Test");
  }

  /** {@code File.java:42}, the prefix of every message about this element. */
  @Override
  public String toString() {
    return line > 0 ? fileName + ":" + line : fileName;
  }
}
