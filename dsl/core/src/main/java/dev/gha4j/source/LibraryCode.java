package dev.gha4j.source;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;

/**
 * Tells gha4j's own classes (and the JDK's) from the code of the pipeline that calls them. Every
 * gha4j artifact carries the resource {@value #MARKER}; a class loaded from a jar or directory
 * holding it is gha4j's. Test classes, the pipelines and classes compiled in memory come from
 * elsewhere, so they count as the pipeline author's code whatever their package, unless their
 * class (or the class they are nested in) says {@link LocatedAtCaller}.
 */
final class LibraryCode {
  /** The resource every gha4j artifact ships. */
  static final String MARKER = "META-INF/gha4j/library";

  private static final ClassValue<Boolean> BY_CLASS = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return isLibrary(type);
    }
  };
  private static final Map<URL, Boolean> BY_LOCATION = new ConcurrentHashMap<>();

  private LibraryCode() {}

  /** True for a class of the JDK or of a gha4j artifact, or one marked {@link LocatedAtCaller}. */
  static boolean contains(Class<?> type) {
    return BY_CLASS.get(type);
  }

  /**
   * The same, for a class known only by name (a frame of a thrown exception), loaded through the
   * thread's context class loader, which sees the pipelines; a name it cannot load is not gha4j's.
   */
  static boolean contains(String className) {
    if (isJdkName(className)) return true;
    try {
      return contains(Class.forName(className, false, loader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static boolean isLibrary(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.isAnnotationPresent(LocatedAtCaller.class)) return true;
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      // The JDK's own classes have no code source; so have classes defined in memory without one.
      return type.getClassLoader() == null || isJdkName(type.getName());
    }
    return BY_LOCATION.computeIfAbsent(source.getLocation(), LibraryCode::hasMarker);
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : LibraryCode.class.getClassLoader();
  }

  private static boolean isJdkName(String name) {
    return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
  }

  private static boolean hasMarker(URL location) {
    try {
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) return Files.isRegularFile(path.resolve(MARKER));
      try (JarFile jar = new JarFile(path.toFile())) {
        return jar.getEntry(MARKER) != null;
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
      return false;
    }
  }
}
