package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Workflow;

/**
 * {@link Rule#MISSING_TIMEOUT}, {@link Rule#MISSING_PERMISSIONS}, {@link Rule#WRITE_ALL} and
 * {@link Rule#LONG_SCRIPT}: settings every workflow should have, or never have.
 */
final class HygieneChecks {
  private HygieneChecks() {}

  // A reusable-workflow caller cannot have timeout-minutes; the called workflow's jobs carry theirs.
  static void timeout(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      if (job.isCaller() || job.timeoutMinutes() != null) continue;
      out.job(job, job.location(), "job '" + job.id() + "' has no timeout-minutes, so a hung step holds the runner "
          + "for GitHub's default of 6 hours", "add .timeoutMinutes(n) with a little more than the job's usual time");
    }
  }

  // A workflow only other workflows call gets its token from the caller, which sets the permissions.
  static void topLevelPermissions(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    if (w.permissions() != null) return;
    boolean reusableOnly = !w.triggers().isEmpty() && w.triggers().stream().allMatch(t -> t.event().equals("workflow_call"));
    if (!reusableOnly && w.jobs().stream().anyMatch(j -> j.permissions() == null)) {
      out.workflow(w.location(), "workflow '" + w.file() + "' sets no top-level permissions, so every job without its "
              + "own gets the repository's default token, which may write everything",
          "add .permissions(Permissions.contents(Access.READ)) (or Permissions.none()) and widen it on the job that needs more");
    }
    for (Job job : w.jobs()) {
      if (job.permissions() != null || reusableOnly && !job.isCaller()) continue;
      out.job(job, job.location(), "job '" + job.id() + "' sets no permissions and neither does the workflow, so "
              + (job.isCaller() ? "the workflow it calls gets" : "it gets") + " the repository's default token",
          "add .permissions(...) with the scopes " + (job.isCaller() ? "the called workflow needs" : "its steps use")
              + " to the job, or Permissions.contents(Access.READ) to the workflow");
    }
  }

  static void writeAll(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    String all = blanket(w.permissions());
    if (all != null) {
      out.workflow(w.permissions().location(), "workflow '" + w.file() + "' grants " + all + " to every job",
          "grant contents: read (or none) at the top and only the scopes a job uses on that job");
    }
    for (Job job : w.jobs()) {
      String grant = blanket(job.permissions());
      if (grant != null) {
        out.job(job, job.permissions().location(), "job '" + job.id() + "' grants " + grant + ", every scope the token has",
            "grant only the scopes its steps use, e.g. Permissions.contents(Access.READ)");
      }
    }
  }

  // read-all too: it reads security alerts, deployments and packages no step needs to see.
  private static String blanket(Permissions p) {
    if (p == null) return null;
    return p.kind() == Permissions.Kind.WRITE_ALL ? "write-all" : p.kind() == Permissions.Kind.READ_ALL ? "read-all" : null;
  }

  // Lines of code: blank lines and comments do not count, so documenting a script is never penalised.
  static void longScript(StepView v, Reporter out) {
    Scripts.Script s = v.script();
    if (s == null) return;
    long lines = linesOfCode(s.step().run());
    if (lines <= Rule.MAX_SCRIPT_LINES) return;
    out.step(s.job(), s.step(), "the run script of step '" + s.step().displayName() + "' has " + lines
            + " lines of code (more than " + Rule.MAX_SCRIPT_LINES + ")",
        "move it to a script file in the repository (e.g. .github/scripts/" + slug(s) + ".sh) and run that");
  }

  // Non-blank lines whose first non-blank character is not '#', counted in place: every run
  // step of every workflow passes here, and a string per line was most of this rule's cost.
  static long linesOfCode(String script) {
    long count = 0;
    int i = 0;
    int n = script.length();
    while (i < n) {
      while (i < n && isBlank(script.charAt(i))) i++; // leading blanks of the line (and empty lines)
      if (i >= n) break;
      char first = script.charAt(i);
      if (first != '\n' && first != '\r' && first != '#') count++;
      while (i < n && script.charAt(i) != '\n' && script.charAt(i) != '\r') i++;
      if (i < n && script.charAt(i) == '\r' && i + 1 < n && script.charAt(i + 1) == '\n') i++;
      i++;
    }
    return count;
  }

  // What String.strip() removes that can appear inside a line (not the line terminators).
  private static boolean isBlank(char c) {
    return c != '\n' && c != '\r' && Character.isWhitespace(c);
  }

  private static String slug(Scripts.Script s) {
    String base = s.step().id() != null ? s.step().id() : s.step().name() != null ? s.step().name() : s.job().id();
    String slug = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "step" : slug;
  }
}
