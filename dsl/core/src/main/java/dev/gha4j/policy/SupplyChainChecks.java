package dev.gha4j.policy;

import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules about the code a step fetches besides the pinned action: {@link Rule#TYPOSQUAT} (an action
 * one typing slip from a popular one, under another owner), {@link Rule#UNPINNED_TOOL} (an action
 * that downloads the latest release of a tool at run time), {@link Rule#VULNERABLE_ACTION} (a
 * version with a published advisory) and {@link Rule#SELF_REPOSITORY} ({@code ./action}, which runs
 * whatever the workspace holds at that path).
 */
final class SupplyChainChecks {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  private SupplyChainChecks() {}

  // A workflow uses few distinct actions, each in many steps: each slug is judged once.
  private static final java.util.Map<String, String> SQUATTED = new java.util.concurrent.ConcurrentHashMap<>();

  static void typosquat(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null || use.local() || use.docker()) return;
    String popular = SQUATTED.computeIfAbsent(use.repository(), r -> {
      String slug = slug(r);
      return slug == null ? "" : squatted(slug);
    });
    if (popular.isEmpty()) return;
    out.step(v.job(), v.step(), "step uses " + use.repository() + ", one character away from the popular action " + popular
            + " but owned by someone else: a likely typosquat that runs their code",
        "use " + popular + " (list of " + DataFiles.POPULAR.date() + ")");
  }

  // The popular action the slug imitates, or "".
  private static String squatted(String slug) {
    for (String popular : DataFiles.POPULAR.actions()) {
      String p = popular.toLowerCase(Locale.ROOT);
      if (!p.equals(slug) && !owner(p).equals(owner(slug)) && distance(p, slug) == 1) return popular;
    }
    return "";
  }

  private static String slug(String repository) {
    String[] parts = repository.toLowerCase(Locale.ROOT).split("/");
    return parts.length < 2 ? null : parts[0] + "/" + parts[1];
  }

  private static String owner(String slug) {
    return slug.substring(0, slug.indexOf('/'));
  }

  // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return 2;
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static void unpinnedTool(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null || !(use.is("aquasecurity/setup-trivy") || use.is("1password/load-secrets-action"))) return;
    Scalar version = v.step().with().get("version");
    boolean chosenLater = version != null && version.text().contains("${{");
    if (version != null && !chosenLater && !version.text().strip().equalsIgnoreCase("latest")) return;
    out.step(v.job(), v.step(), use.repository() + (version == null ? " without version:"
            : chosenLater ? " with a version chosen when the job runs (which may be latest)" : " with version: latest")
            + " downloads the newest release of its tool when the job runs, code no one reviewed",
        "set .with(\"version\", \"<a release, e.g. v0.58.1>\")");
  }

  static void vulnerable(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null) return;
    for (DataFiles.Advisory a : advisories(use)) {
      out.step(v.job(), v.step(), "step uses " + a.action() + " " + use.version() + ": " + a.summary() + " (" + a.id()
              + ", advisories as of " + DataFiles.VULNERABLE.date() + ")",
          "use " + a.action() + " " + a.fixed() + " or later");
      return;
    }
  }

  /** The advisories that cover every release the action's version can stand for ({@code v4} is any 4.y.z). */
  static java.util.List<DataFiles.Advisory> advisories(ActionUse use) {
    java.util.List<DataFiles.Advisory> found = new java.util.ArrayList<>();
    if (use.version() == null) return found;
    int[][] range = null;
    for (DataFiles.Advisory a : DataFiles.VULNERABLE.advisories()) {
      if (!use.within(a.action())) continue;
      if (range == null) range = range(use.version());
      if (range == null) return found;
      int[] introduced = a.introduced() == null ? new int[] {0, 0, 0} : parse(a.introduced());
      if (compare(range[0], introduced) >= 0 && compare(range[1], parse(a.fixed())) < 0) found.add(a);
    }
    return found;
  }

  // [lowest, highest] release a version stands for: v4.1.2 exactly; v4.1 any 4.1.z; v4 any 4.y.z.
  private static int[][] range(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) return null;
    int major = Integer.parseInt(m.group(1));
    if (m.group(2) == null) return new int[][] {{major, 0, 0}, {major, Integer.MAX_VALUE, 0}};
    int minor = Integer.parseInt(m.group(2));
    if (m.group(3) == null) return new int[][] {{major, minor, 0}, {major, minor, Integer.MAX_VALUE}};
    int[] exact = {major, minor, Integer.parseInt(m.group(3))};
    return new int[][] {exact, exact};
  }

  static int[] parse(String version) {
    int[][] r = range(version);
    if (r == null) throw new IllegalStateException("vulnerable-actions.yml: '" + version + "' is not a version");
    return r[0];
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
    return 0;
  }

  static void selfRepository(StepView v, Reporter out) {
    Step step = v.step();
    if (step.rawUses() == null || !(step.rawUses().startsWith("./") || step.rawUses().startsWith("../"))) return;
    out.step(v.job(), step, "step uses " + step.rawUses() + ", which runs whatever the workspace holds at that path when the "
            + "step starts, possibly a file an earlier step wrote", "write $/" + step.rawUses().replaceFirst("^\\./", "")
            + ", GitHub's form for an action of this repository at the workflow's commit");
  }

  static void selfRepository(WorkflowView v, Reporter out) {
    for (dev.gha4j.model.Job job : v.workflow().jobs()) {
      if (!job.isCaller() || !job.uses().startsWith("./")) continue;
      out.job(job, job.location(), "job '" + job.id() + "' calls " + job.uses() + " by a workspace path",
          "write $/" + job.uses().substring(2) + ", GitHub's form for a workflow of this repository at the same commit");
    }
  }
}
