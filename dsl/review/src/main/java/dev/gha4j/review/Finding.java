package dev.gha4j.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a review summary: {@code before}, the jobs it is about, {@code after}. Findings that
 * differ only in their jobs are one line ({@link #merged}): a script shared by four jobs changed
 * once, not four times.
 *
 * @param security true when the change gives the workflow more power or a new trust boundary,
 *                 so a security reviewer should see it
 * @param before   the Markdown text before the jobs
 * @param jobs     the job ids the line is about, or none
 * @param after    the Markdown text after the jobs
 */
record Finding(boolean security, String before, List<String> jobs, String after) {
  /** The marker before a line that needs a security reviewer. */
  static final String SECURITY = "**[security]** ";

  Finding {
    jobs = List.copyOf(jobs);
  }

  /** A line about no job in particular. */
  Finding(boolean security, String text) {
    this(security, text, List.of(), "");
  }

  /** A line about one job. */
  static Finding about(String job, boolean security, String before, String after) {
    return new Finding(security, before, List.of(job), after);
  }

  /** The Markdown text: {@code permissions widened: jobs `a`, `b`, `contents`: read → write}. */
  String text() {
    if (jobs.isEmpty()) return before + after;
    List<String> ids = new ArrayList<>();
    for (String job : jobs) ids.add(Markdown.code(job));
    return before + (jobs.size() == 1 ? "job " : "jobs ") + String.join(", ", ids) + after;
  }

  /** The list item: {@code - **[security]** permissions widened: …}. */
  String line() {
    return "- " + (security ? SECURITY : "") + text();
  }

  /** {@code findings} with those that differ only in their jobs joined, at the place of the first. */
  static List<Finding> merged(List<Finding> findings) {
    Map<List<Object>, Finding> byText = new LinkedHashMap<>();
    for (Finding f : findings) {
      List<Object> key = f.jobs.isEmpty() ? List.of(f) : List.of(f.security, f.before, f.after);
      byText.merge(key, f, (a, b) -> {
        List<String> jobs = new ArrayList<>(a.jobs);
        for (String job : b.jobs) if (!jobs.contains(job)) jobs.add(job);
        return new Finding(a.security, a.before, jobs, a.after);
      });
    }
    return new ArrayList<>(byText.values());
  }
}
