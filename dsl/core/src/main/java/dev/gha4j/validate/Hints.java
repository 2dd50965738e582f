package dev.gha4j.validate;

import java.util.Map;

/** The builder call that fixes a missing or conflicting key, where one is worth naming. */
final class Hints {
  private static final Map<String, String> BY_DEFINITION = Map.of(
      "job", "a job either runs steps (Job.builder(...).runsOn(...).steps(...)) or calls a reusable workflow"
          + " (Job.calling(...) with .with(...) and .secret(...)); remove what the other kind has",
      "steps-item", "a step either runs a script (.run, .shell, .workingDirectory) or uses an action (.uses,"
          + " .with); give it one of those, not both");
  private static final Map<String, String> REQUIRED = Map.of(
      "runs-on", "add .runsOn(\"ubuntu-latest\")",
      "name", "give it a name",
      "image-name", "add image-name");

  private Hints() {}

  /** How to fix a mapping of definition {@code definition} that mixes or lacks the keys that say what it is. */
  static String of(String definition) {
    return BY_DEFINITION.getOrDefault(definition, "remove one of them");
  }

  /** What a mapping of {@code definition} is, in a message: job, step, or mapping. */
  static String noun(String definition) {
    return switch (definition) {
      case "job" -> "job";
      case "steps-item" -> "step";
      default -> "mapping";
    };
  }

  /** {@code did you mean 'push'?} for a near miss among {@code known}, else how to choose. */
  static String closest(String key, java.util.Collection<String> known) {
    String near = nearest(key, known);
    return near != null ? "did you mean '" + near + "'?" : "use one of the keys GitHub knows, or remove it";
  }

  /** The entry of {@code known} at most two edits from {@code key} (any case), or null. */
  static String nearest(String key, java.util.Collection<String> known) {
    String best = null;
    int distance = 3;
    for (String k : known) {
      int d = k.equalsIgnoreCase(key) ? 0 : distance(k, key);
      if (d < distance) {
        best = k;
        distance = d;
      }
    }
    return best;
  }

  /** The first keys of {@code known}, enough to recognise the list. */
  static String list(java.util.Collection<String> known) {
    java.util.List<String> all = java.util.List.copyOf(known);
    return all.size() <= 12 ? String.join(", ", all) : String.join(", ", all.subList(0, 12)) + ", ...";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** How to add the required key {@code key}. */
  static String required(String key) {
    return REQUIRED.getOrDefault(key, "add it");
  }
}
