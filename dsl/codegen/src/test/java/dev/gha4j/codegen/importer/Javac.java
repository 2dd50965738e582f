package dev.gha4j.codegen.importer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles sources held in memory in this JVM with javac, against the test's class path plus
 * extra directories, into a fresh directory, and loads classes from there.
 */
public final class Javac {
  private final Path classes;
  private final List<Path> classpath;

  private Javac(Path classes, List<Path> classpath) {
    this.classes = classes;
    this.classpath = classpath;
  }

  /** A compiler writing to a new temporary directory, seeing {@code extra} besides the test class path. */
  public static Javac into(List<Path> extra) {
    try {
      Path dir = Files.createTempDirectory("gha4j-import");
      dir.toFile().deleteOnExit();
      return new Javac(dir, extra);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path classes() {
    return classes;
  }

  /**
   * Compiles {@code sources} (path like {@code p/A.java} to text); returns error messages per
   * source path, empty when all compiled.
   */
  public Map<String, List<String>> compile(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new Source(path, text)));
    StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
    for (Path p : classpath) cp.append(File.pathSeparator).append(p);
    List<String> options = List.of("-classpath", cp.toString(), "-d", classes.toString(), "--release", "17",
        "-encoding", "UTF-8", "-proc:none", "-implicit:none");
    javac.getTask(null, null, diagnostics, options, null, units).call();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      String file = d.getSource() == null ? "" : d.getSource().toUri().getPath().substring(1);
      errors.computeIfAbsent(file, k -> new ArrayList<>())
          .add(file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
    }
    return errors;
  }

  /** A class loader over the compiled classes and the extra directories. */
  public ClassLoader loader() {
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(classes.toUri().toURL());
      for (Path p : classpath) urls.add(p.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), Javac.class.getClassLoader());
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
