package dev.gha4j.emit;

/**
 * Blank lines where a person would put them: before {@code jobs:} and between jobs. Only lines
 * that are keys of the top-level mapping or of {@code jobs:} are touched, never the inside of a
 * block scalar, whose lines are always indented deeper than two spaces.
 */
final class Spacing {
  private Spacing() {}

  // Line by line as index ranges, without a string per line (a big workflow has many).
  static String betweenJobs(String yaml) {
    // Room for a blank line per job without growing (and copying) a multi-megabyte buffer.
    StringBuilder out = new StringBuilder(yaml.length() + yaml.length() / 32 + 256);
    boolean inJobs = false;
    boolean firstJob = true;
    int start = 0;
    while (start < yaml.length()) {
      int end = yaml.indexOf('\n', start);
      if (end < 0) end = yaml.length() - 1;
      int length = end + 1 - start; // the line, with its newline
      if (isTopLevelKey(yaml.charAt(start))) {
        inJobs = yaml.startsWith("jobs:", start);
        if (inJobs && out.length() > 0) out.append('\n');
      } else if (inJobs && isJobKey(yaml, start, length)) {
        if (!firstJob) out.append('\n');
        firstJob = false;
      }
      out.append(yaml, start, end + 1);
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isTopLevelKey(char first) {
    return first != ' ' && first != '#' && first != '\n';
  }

  private static boolean isJobKey(String yaml, int start, int length) {
    return length > 2 && yaml.startsWith("  ", start) && yaml.charAt(start + 2) != ' ' && yaml.charAt(start + 2) != '#';
  }
}
