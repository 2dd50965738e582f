package dev.gha4j.generator;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts as a unified diff ({@code diff -u}, three lines of context),
 * so a stale workflow shows exactly the lines that changed and nothing else. Shared by the Maven
 * plugin's {@code check} and a repository's own snapshot tests.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private UnifiedDiff() {}

  /**
   * The unified diff between two texts. Texts that differ only in line endings (a checkout that
   * turned LF into CRLF) get one line saying so instead of a diff in which every line looks the
   * same.
   *
   * @param beforeName how the header names the old text: {@code --- beforeName}
   * @param before     the old text, e.g. the committed workflow
   * @param afterName  how the header names the new text: {@code +++ afterName}
   * @param after      the new text, e.g. the generated workflow
   * @return the diff, ending in a newline; empty when the texts are equal
   */
  public static String of(String beforeName, String before, String afterName, String after) {
    if (before.equals(after)) return "";
    if (before.replace("\r\n", "\n").equals(after.replace("\r\n", "\n"))) {
      return "--- " + beforeName + "\n+++ " + afterName + "\n"
          + "only the line endings differ (CRLF and LF): see git's core.autocrlf and .gitattributes\n";
    }
    List<String> from = lines(before);
    List<String> to = lines(after);
    Patch<String> patch = DiffUtils.diff(from, to);
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, from, patch, CONTEXT)) + "\n";
  }

  // Lines without their line feed. A last line without one carries diff's own note on a line of
  // its own, so "text" and "text\n" differ in the diff as they do on disk.
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    } else {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + NO_NEWLINE);
    }
    return lines;
  }
}
