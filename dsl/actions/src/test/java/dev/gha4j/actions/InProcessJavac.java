package dev.gha4j.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles sources held in memory against the test's own classpath, returning javac's diagnostics. */
final class InProcessJavac {
  /** One diagnostic, flattened for assertions. */
  record Message(Diagnostic.Kind kind, String file, long line, String text) {
    @Override
    public String toString() {
      return kind + " " + file + ":" + line + ": " + text;
    }
  }

  private InProcessJavac() {}

  /** Compiles {@code sources} (path like {@code p/Pipeline.java} to text) with {@code -Xlint:all}. */
  static List<Message> compile(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new Source(path, text)));
    Path classes = tempDir();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
        "--release", "17", "-encoding", "UTF-8", "-proc:none", "-Xlint:all");
    javac.getTask(null, null, diagnostics, options, null, units).call();
    List<Message> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String file = d.getSource() == null ? "" : d.getSource().getName();
      messages.add(new Message(d.getKind(), file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
    }
    return messages;
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("gha4j-javac");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
