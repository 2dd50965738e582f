package dev.gha4j.emit;

/**
 * Blank lines where a person would put them: before {@code jobs:} and between jobs. Only lines
 * that are keys of the top-level mapping or of {@code jobs:} are touched, never the inside of a
 * block scalar, whose lines are always indented deeper than two spaces.
 */
final class Spacing {
  private Spacing() {}

  static String betweenJobs(String yaml) {
    StringBuilder out = new StringBuilder(yaml.length() + 256);
    boolean inJobs = false;
    boolean firstJob = true;
    int start = 0;
    while (start < yaml.length()) {
      int end = yaml.indexOf('\n', start);
      if (end < 0) end = yaml.length() - 1;
      String line = yaml.substring(start, end + 1);
      if (isTopLevelKey(line)) {
        inJobs = line.startsWith("jobs:");
        if (inJobs && out.length() > 0) out.append('\n');
      } else if (inJobs && isJobKey(line)) {
        if (!firstJob) out.append('\n');
        firstJob = false;
      }
      out.append(line);
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isTopLevelKey(String line) {
    return !line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '#' && line.charAt(0) != '\n';
  }

  private static boolean isJobKey(String line) {
    return line.length() > 2 && line.startsWith("  ") && line.charAt(2) != ' ' && line.charAt(2) != '#';
  }
}
