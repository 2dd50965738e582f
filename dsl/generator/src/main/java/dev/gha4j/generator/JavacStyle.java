package dev.gha4j.generator;

import java.io.IOException;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Formats a compiler diagnostic the way the {@code javac} command does: {@code File.java:LINE:
 * error: message} (or {@code warning: [lint] message}), then the source line and a caret under the column, then any detail lines
 * ({@code symbol: ...}). Editors and terminals turn the first line into a link.
 */
final class JavacStyle {
  private JavacStyle() {}

  static String format(Diagnostic<? extends JavaFileObject> d) {
    String message = d.getMessage(Locale.ROOT);
    int newline = message.indexOf('\n');
    String head = newline < 0 ? message : message.substring(0, newline);
    String detail = newline < 0 ? "" : message.substring(newline);
    StringBuilder out = new StringBuilder();
    if (d.getSource() != null) {
      out.append(d.getSource().getName());
      if (d.getLineNumber() > 0) out.append(':').append(d.getLineNumber());
      out.append(": ");
    }
    out.append(d.getKind() == Diagnostic.Kind.ERROR ? "error: " : "warning: ").append(head);
    String line = sourceLine(d);
    if (line != null && d.getColumnNumber() > 0) {
      out.append('\n').append(line).append('\n');
      for (int i = 1; i < d.getColumnNumber() && i <= line.length(); i++) {
        out.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
      }
      out.append('^');
    }
    return out.append(detail).toString();
  }

  private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null || d.getLineNumber() <= 0) return null;
    try {
      String[] lines = d.getSource().getCharContent(true).toString().split("\r\n|\r|\n", -1);
      long n = d.getLineNumber();
      return n <= lines.length ? lines[(int) n - 1] : null;
    } catch (IOException e) {
      return null;
    }
  }
}
