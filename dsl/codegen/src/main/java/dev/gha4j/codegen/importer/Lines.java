package dev.gha4j.codegen.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The line each node of a workflow file starts on, by its path of keys and list indexes. */
final class Lines {
  private final Map<List<String>, Integer> lines = new HashMap<>();

  /** Records that the node at {@code path} starts on {@code line} (1-based), unless known already. */
  void add(List<String> path, int line) {
    lines.putIfAbsent(path, line);
  }

  /** The line of {@code path} or of its nearest enclosing node; 0 when none is known. */
  int of(List<String> path) {
    for (int n = path.size(); n > 0; n--) {
      Integer line = lines.get(path.subList(0, n));
      if (line != null) return line;
    }
    return 0;
  }
}
