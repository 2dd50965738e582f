package dev.gha4j.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;

/**
 * A semantic summary of what changed between two versions of a set of workflow files, for a pull
 * request comment: triggers, jobs, {@code needs}, conditions, scripts and timeouts, and, marked for
 * a security reviewer, wider permissions, new secrets, new or changed actions, privileged triggers,
 * environments and concurrency. Files are compared by meaning: a change of key order, quoting or
 * layout alone lists nothing.
 *
 * <pre>{@code
 * Review review = Review.of(workflowsAtBase, workflowsNow);   // file name -> YAML text
 * System.out.print(review.markdown("`main` (merge base 1a2b3c4) with the working tree"));
 * }</pre>
 */
public final class Review {
  private final Map<String, List<Finding>> findings;
  private final int files;

  private Review(Map<String, List<Finding>> findings, int files) {
    this.findings = findings;
    this.files = files;
  }

  /**
   * Compares two versions of the workflows.
   *
   * @param before file name to YAML text, the old version (a file missing here is new)
   * @param after  file name to YAML text, the new version (a file missing here was removed)
   * @return the comparison, ready to print with {@link #markdown}
   */
  public static Review of(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    Map<String, List<Finding>> findings = new TreeMap<>();
    for (String file : names) {
      List<Finding> found = compare(file, before.get(file), after.get(file));
      if (!found.isEmpty()) findings.put(file, found);
    }
    return new Review(findings, names.size());
  }

  private static List<Finding> compare(String file, String was, String now) {
    if (was != null && was.equals(now)) return List.of();
    if (now == null) return List.of(new Finding(false, "workflow removed: it no longer runs"));
    try {
      WorkflowView after = WorkflowReader.read(file, now);
      WorkflowView before = was == null ? WorkflowView.empty(file) : WorkflowReader.read(file, was);
      List<Finding> found = new ArrayList<>();
      if (was == null) found.add(new Finding(false, "workflow added"));
      found.addAll(WorkflowDiff.between(before, after));
      return found;
    } catch (IllegalArgumentException | JacksonException e) {
      // One unreadable version must not hide what the other files say.
      return List.of(new Finding(true, "cannot be compared: " + e.getMessage()));
    }
  }

  /**
   * Whether nothing changed in meaning.
   *
   * @return true when no file changed in meaning
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * The lines for a security reviewer.
   *
   * @return how many lines are marked {@code [security]}
   */
  public int securityCount() {
    int n = 0;
    for (List<Finding> list : findings.values()) for (Finding f : list) if (f.security()) n++;
    return n;
  }

  /** The summary lines of one file, without list markers; empty when it did not change in meaning. */
  List<Finding> findings(String file) {
    return findings.getOrDefault(file, List.of());
  }

  /**
   * The summary as Markdown: a heading, one sentence naming what was compared and the number of
   * security lines, then a list per file that changed.
   *
   * @param compared Markdown naming the two versions, completing "Compared …", e.g.
   *                 {@code `main` (merge base 1a2b3c4) with the working tree}
   * @return the Markdown text, ending with a line break
   */
  public String markdown(String compared) {
    StringBuilder out = new StringBuilder("## Workflow changes\n\n");
    if (findings.isEmpty()) {
      return out.append("Compared ").append(compared).append(": no semantic change in ").append(files)
          .append(files == 1 ? " workflow" : " workflows").append(" (key order, quoting and layout aside).\n").toString();
    }
    int security = securityCount();
    out.append("Compared ").append(compared).append(". ");
    out.append(security == 0 ? "Nothing needs a security reviewer."
        : "**" + security + (security == 1 ? " change needs" : " changes need") + " a security reviewer** (marked "
            + Finding.SECURITY.strip() + ").");
    out.append('\n');
    findings.forEach((file, list) -> {
      out.append("\n### ").append(Markdown.code(file)).append("\n\n");
      for (Finding f : list) out.append(f.line()).append('\n');
    });
    return out.toString();
  }
}
