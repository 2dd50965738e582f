package dev.gha4j.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files a step writes through {@code $GITHUB_OUTPUT} and {@code $GITHUB_ENV}: lines of
 * {@code name=value}, or the multi-line form {@code name<<DELIMITER}, value lines, then a line
 * that is exactly {@code DELIMITER}. Malformed content fails the step, as on GitHub.
 */
final class FileCommands {
  private FileCommands() {}

  /** The name/value pairs, in order (a later value for a name wins). */
  static Map<String, String> parse(String content, String file) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> lines = content.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) continue;
      int eq = line.indexOf('=');
      int heredoc = line.indexOf("<<");
      if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      } else if (heredoc > 0) {
        String name = line.substring(0, heredoc);
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).equals(delimiter)) {
          if (j > i + 1) value.append('\n');
          value.append(lines.get(j++));
        }
        if (j == lines.size()) {
          throw new EvaluationException(file + ": '" + name + "<<" + delimiter + "' is never closed by a line '"
              + delimiter + "'");
        }
        values.put(name, value.toString());
        i = j;
      } else {
        throw new EvaluationException(file + ": line '" + line + "' is neither name=value nor name<<DELIMITER");
      }
    }
    return values;
  }
}
