package dev.gha4j.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles pipeline sources with the JDK's own compiler inside this JVM, into memory. Starting
 * javac as a process, or Maven, costs seconds; in-process it costs a few hundred milliseconds
 * cold and tens of milliseconds warm. One instance keeps its file manager, so a watch loop reads
 * the class path's jars once.
 */
final class InProcessJavac {
  private final JavaCompiler compiler;
  private final StandardJavaFileManager files;
  private final String classPath;

  /** What a compilation produced: class bytes by binary name, or javac-style error lines. */
  record Result(Map<String, byte[]> classes, List<String> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  InProcessJavac(String classPath) {
    this.compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("this Java runtime has no compiler; run make with a JDK, not a JRE");
    }
    this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    this.classPath = classPath;
  }

  /** Compiles all {@code sources} together, as Maven would (same release, debug info for lines). */
  Result compile(List<Path> sources) {
    Map<String, byte[]> classes = new TreeMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("--release", "17", "-g", "-encoding", "UTF-8", "-proc:none",
        "-implicit:none", "-classpath", classPath);
    JavaFileManager memory = new MemoryOutput(files, classes);
    Boolean ok = compiler.getTask(null, memory, diagnostics, options, null,
        files.getJavaFileObjectsFromPaths(sources)).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) errors.add(JavacStyle.format(d));
    }
    if (!ok && errors.isEmpty()) errors.add("error: javac failed without a message");
    return new Result(ok ? classes : Map.of(), errors);
  }

  /** Sends every class javac writes into {@code classes} instead of the disk. */
  private static final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes;

    MemoryOutput(StandardJavaFileManager files, Map<String, byte[]> classes) {
      super(files);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(java.net.URI.create("mem:///" + className.replace('.', '/') + kind.extension),
          kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }
}
