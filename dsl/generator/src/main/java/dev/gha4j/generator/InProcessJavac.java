package dev.gha4j.generator;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
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
  private final String release;

  /**
   * What a compilation produced: class bytes by binary name, the source each class came from,
   * each source's {@link Abi} text, or else javac-style error lines; and javac-style warnings either way.
   */
  record Result(Map<String, byte[]> classes, Map<String, Path> origins, Map<Path, String> abi, List<String> errors,
      List<String> warnings) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * A compiler for sources that run on {@code classPath}; {@code release} is javac's
   * {@code --release} (e.g. {@code 17}), or null for the running JDK's own version.
   */
  InProcessJavac(String classPath, String release) {
    this.compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("this Java runtime has no compiler; run make with a JDK, not a JRE");
    }
    this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    this.classPath = classPath;
    this.release = release;
  }

  /**
   * The options every compilation gets, besides the class path. The warnings are those the
   * parent POM turns on for every gha4j module, so the pipelines are held to the same standard
   * (a deprecated action input, a static method called through an instance).
   */
  static List<String> options(String release) {
    List<String> options = new ArrayList<>(List.of("-g", "-encoding", "UTF-8", "-proc:none", "-implicit:none",
        "-Xlint:all,-processing,-serial"));
    // --release makes javac read the JDK's signature archive (ct.sym), about a quarter of a
    // second of CPU; for the running JDK's own version the classes are the same without it.
    if (release != null && !release.equals(String.valueOf(Runtime.version().feature()))) {
      options.addAll(List.of("--release", release));
    }
    return options;
  }

  /**
   * Compiles {@code sources} together, as Maven would (same release, debug info for line
   * numbers, the same warnings), against the class path plus {@code earlierClasses} (a directory of the other
   * sources' classes, or null).
   */
  Result compile(List<Path> sources, Path earlierClasses) {
    Map<String, byte[]> classes = new TreeMap<>();
    Map<String, Path> origins = new HashMap<>();
    Map<Path, StringBuilder> abi = new TreeMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String path = earlierClasses == null ? classPath : earlierClasses + File.pathSeparator + classPath;
    List<String> options = new ArrayList<>(options(release));
    options.addAll(List.of("-classpath", path));
    JavacTask task;
    try {
      task = (JavacTask) compiler.getTask(null, new MemoryOutput(files, classes, origins), diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
    } catch (IllegalArgumentException e) {
      // An option this JDK's javac refuses, such as a --release newer than the JDK.
      String message = "error: javac: " + String.valueOf(e.getMessage()).replaceFirst("^error: ", "");
      return new Result(Map.of(), Map.of(), Map.of(), List.of(message), List.of());
    }
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null) {
          abi.computeIfAbsent(Path.of(e.getSourceFile().toUri()).normalize(), k -> new StringBuilder())
              .append(Abi.of(e.getTypeElement()));
        }
      }
    });
    boolean ok = task.call();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      switch (d.getKind()) {
        case ERROR -> errors.add(JavacStyle.format(d));
        case WARNING, MANDATORY_WARNING -> warnings.add(JavacStyle.format(d));
        default -> { } // notes repeat what a warning already said
      }
    }
    if (!ok && errors.isEmpty()) errors.add("error: javac failed without a message");
    if (!ok) return new Result(Map.of(), Map.of(), Map.of(), errors, warnings);
    Map<Path, String> abiText = new TreeMap<>();
    abi.forEach((source, text) -> abiText.put(source, text.toString()));
    return new Result(classes, origins, abiText, errors, warnings);
  }

  /** Sends every class javac writes into {@code classes}, noting the source it came from. */
  private static final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes;
    private final Map<String, Path> origins;

    MemoryOutput(StandardJavaFileManager files, Map<String, byte[]> classes, Map<String, Path> origins) {
      super(files);
      this.classes = classes;
      this.origins = origins;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      if (sibling != null) origins.put(className, Path.of(sibling.toUri()).normalize());
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
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
