package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.importer.YamlElements.Element;
import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import dev.gha4j.policy.Finding;
import dev.gha4j.policy.Policies;
import dev.gha4j.policy.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * gha4j's policy rules measured against zizmor's own test workflows: each is imported as a new user
 * would ({@code make import}, with the repository's manifests), its policy findings are compared
 * with the findings zizmor's snapshots expect under its default settings, by audit (through
 * {@link #RULES}) and by element: a finding on a step is caught by one on that step (or on its
 * job), one on a job by one on the job or any of its steps, one on the workflow by one anywhere in
 * it. The total may not fall below {@link #GOAL_PERCENT}; the per-audit table and every miss are
 * written to {@code target/zizmor-coverage.txt}.
 */
class ZizmorCoverageTest {
  /** The committed floor: raise it when coverage improves, never lower it. */
  static final double GOAL_PERCENT = 93.0;

  /** Which gha4j rules answer each zizmor audit. */
  static final Map<String, List<Rule>> RULES = Map.ofEntries(
      Map.entry("template-injection", List.of(Rule.SCRIPT_INJECTION)),
      Map.entry("dangerous-triggers", List.of(Rule.DANGEROUS_TRIGGER, Rule.UNTRUSTED_CHECKOUT)),
      Map.entry("artipacked", List.of(Rule.PERSISTED_CREDENTIALS)),
      Map.entry("unpinned-uses", List.of(Rule.UNPINNED_ACTION)),
      Map.entry("unpinned-images", List.of(Rule.UNPINNED_ACTION)),
      Map.entry("excessive-permissions", List.of(Rule.MISSING_PERMISSIONS, Rule.WRITE_ALL, Rule.UNNEEDED_WRITE)),
      Map.entry("archived-uses", List.of(Rule.DEPRECATED_ACTION)),
      Map.entry("hardcoded-container-credentials", List.of(Rule.HARDCODED_CREDENTIAL)),
      Map.entry("github-env", List.of(Rule.GITHUB_ENV)),
      Map.entry("self-hosted-runner", List.of(Rule.SELF_HOSTED_RUNNER)),
      Map.entry("secrets-inherit", List.of(Rule.SECRETS_INHERIT)),
      Map.entry("overprovisioned-secrets", List.of(Rule.ALL_SECRETS)),
      Map.entry("unredacted-secrets", List.of(Rule.UNREDACTED_SECRET)),
      Map.entry("bot-conditions", List.of(Rule.BOT_CONDITION)),
      Map.entry("unsound-contains", List.of(Rule.UNSOUND_CONTAINS)),
      Map.entry("unsound-condition", List.of(Rule.UNSOUND_CONDITION)),
      Map.entry("unsound-ternary", List.of(Rule.UNSOUND_TERNARY)),
      Map.entry("obfuscation", List.of(Rule.OBFUSCATION)),
      Map.entry("use-trusted-publishing", List.of(Rule.TRUSTED_PUBLISHING)),
      Map.entry("cache-poisoning", List.of(Rule.CACHE_POISONING)),
      Map.entry("typosquat-uses", List.of(Rule.TYPOSQUAT)),
      Map.entry("unpinned-tools", List.of(Rule.UNPINNED_TOOL)),
      Map.entry("known-vulnerable-actions", List.of(Rule.VULNERABLE_ACTION)),
      Map.entry("self-repository", List.of(Rule.SELF_REPOSITORY)),
      Map.entry("insecure-commands", List.of(Rule.INSECURE_COMMANDS)),
      Map.entry("github-app", List.of(Rule.GITHUB_APP_TOKEN)),
      Map.entry("misfeature", List.of(Rule.MISFEATURE)),
      Map.entry("adhoc-packages", List.of(Rule.ADHOC_PACKAGES)));

  /** Audits that cannot be judged from the workflow file alone, and why; their findings are not counted. */
  static final Map<String, String> OUT_OF_SCOPE = Map.of(
      "impostor-commit", "needs the network: asks GitHub whether the pinned commit is in the action's repository",
      "ref-confusion", "needs the network: asks GitHub whether a ref names both a branch and a tag",
      "stale-action-refs", "needs the network: asks GitHub whether the pinned commit is on a release",
      "known-vulnerable-actions", "zizmor asks GitHub's advisory database online; gha4j reads a shipped data file",
      "ref-version-mismatch", "needs the network: resolves the tag in the comment on GitHub",
      "forbidden-uses", "only with a configuration file listing the forbidden actions",
      "dependabot-cooldown", "audits dependabot.yml, which gha4j does not generate",
      "dependabot-execution", "audits dependabot.yml, which gha4j does not generate");

  /** Input files that are not workflows: gha4j generates workflows, not composite actions or other config. */
  static String notAWorkflow(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (name.equals("action.yml") || name.equals("action.yaml")) return "a composite action (action.yml)";
    if (name.equals("dependabot.yml")) return "Dependabot's configuration";
    if (name.startsWith(".pre-commit")) return "a pre-commit configuration";
    return null;
  }

  /** Counts per audit. */
  private static final class Tally {
    int caught;
    int total;
  }

  @Test
  void zizmorFindingsCaughtByDefaultSettings() throws IOException {
    Map<String, List<Finding>> gha4j = new HashMap<>();
    Map<String, String> importFailures = new TreeMap<>();
    Bindings bindings = Corpus.bindings();
    List<ZizmorFindings.Expected> expected = ZizmorFindings.all();
    Map<String, Tally> byAudit = new TreeMap<>();
    Tally all = new Tally();
    Tally allSettings = new Tally();
    List<String> misses = new ArrayList<>();
    for (ZizmorFindings.Expected e : expected) {
      if (OUT_OF_SCOPE.containsKey(e.audit()) || notAWorkflow(e.file()) != null) continue;
      List<Finding> findings = gha4j.computeIfAbsent(e.file(), f -> evaluate(f, bindings, importFailures));
      Element element = YamlElements.of(ZizmorFindings.workflow(e.file())).at(e.line());
      boolean caught = findings != null && caught(findings, RULES.getOrDefault(e.audit(), List.of()), element);
      count(allSettings, caught);
      if (!e.byDefault()) continue;
      count(all, caught);
      count(byAudit.computeIfAbsent(e.audit(), a -> new Tally()), caught);
      if (!caught) {
        misses.add(e.audit() + "\t" + e.file() + ":" + e.line() + "\t" + element
            + (importFailures.containsKey(e.file()) ? "\timport failed: " + importFailures.get(e.file()) : ""));
      }
    }
    List<String> report = new ArrayList<>();
    byAudit.forEach((audit, t) -> report.add(String.format("  %-32s %3d/%-3d %s", audit, t.caught, t.total,
        RULES.getOrDefault(audit, List.of()).stream().map(Rule::id).collect(Collectors.joining(",")))));
    double percent = 100.0 * all.caught / all.total;
    report.add(String.format("zizmor findings caught: %d/%d (%.1f %%) under zizmor's default settings; "
        + "%d/%d under any persona", all.caught, all.total, percent, allSettings.caught, allSettings.total));
    report.add("out of scope: " + OUT_OF_SCOPE.keySet().stream().sorted().collect(Collectors.joining(", "))
        + "; composite actions, dependabot.yml, pre-commit");
    report.add("misses:");
    misses.forEach(m -> report.add("  " + m));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "zizmor-coverage.txt"), report);
    System.out.println(report.get(byAudit.size()) + " (per audit and every miss: target/zizmor-coverage.txt)");
    assertThat(percent).as("zizmor coverage fell below the committed goal").isGreaterThanOrEqualTo(GOAL_PERCENT);
  }

  private static void count(Tally t, boolean caught) {
    t.total++;
    if (caught) t.caught++;
  }

  private static List<Finding> evaluate(String file, Bindings bindings, Map<String, String> failures) {
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
    try {
      Workflow w = WorkflowReader.read(name, ZizmorFindings.workflow(file), bindings, Baseline.NONE).workflow();
      return Policies.standard().uncovered(w);
    } catch (ImportException | IllegalArgumentException e) {
      // IllegalArgumentException: e.g. `# tag=v4.2.2` after a SHA is not a version ActionRef accepts (the
      // importer's business); such a file counts as missed, with the reason in the report.
      failures.put(file, e.getMessage());
      return null;
    }
  }

  private static boolean caught(List<Finding> findings, List<Rule> rules, Element zizmor) {
    for (Finding f : findings) {
      if (!rules.contains(f.rule())) continue;
      if (zizmor.job() == null) return true;
      Job job = f.job();
      if (job == null || !job.id().equals(zizmor.job())) continue;
      if (zizmor.step() < 0 || f.step() == null || indexOf(job, f) == zizmor.step()) return true;
    }
    return false;
  }

  private static int indexOf(Job job, Finding f) {
    for (int i = 0; i < job.steps().size(); i++) if (job.steps().get(i) == f.step()) return i;
    return -1;
  }

  static Set<String> audits() {
    return RULES.keySet();
  }
}
