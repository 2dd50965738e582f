package dev.gha4j.validate;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Check.Agrees;
import dev.gha4j.validate.Findings.Finding;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * One generated workflow judged three ways, by gha4j's validator, GitHub's parser and actionlint,
 * and whether the three agree:
 *
 * <ol>
 *   <li>a file GitHub's parser rejects was refused by the validator, by a check that says it
 *       agrees with GitHub;
 *   <li>a check that says it agrees with GitHub finds only what GitHub's parser rejects;
 *   <li>what the validator refuses, GitHub's parser or actionlint reports too, unless every check
 *       that refused it is one of gha4j's deliberately stricter ones ({@link Agrees#NEITHER});
 *   <li>a workflow that cannot be written was refused.
 * </ol>
 *
 * <p>Where the model says what YAML cannot ({@link Check#AMBIGUOUS_MODEL}: two triggers of one
 * event), the file written is not the model, and only rule 1 is checked.
 */
final class Differential {
  private Differential() {}

  /** A case on its way: the decisions it is made of, what the validator found, the tools' verdict. */
  record Case(int[] decisions, List<Finding> findings, String yaml, CompletableFuture<GitHubTools.Verdict> verdict) {}

  /** Makes, validates and renders the workflow {@code decisions} describe, and sends it to the tools. */
  static Case start(int[] decisions, String name, GitHubTools tools) {
    return start(Choices.replay(decisions), name, tools);
  }

  static Case start(Choices choices, String name, GitHubTools tools) {
    Workflow w = RandomWorkflow.make(choices);
    List<Finding> findings = Validator.findings(w);
    String yaml;
    try {
      yaml = WorkflowYaml.render(w, List.of());
    } catch (IllegalArgumentException unwritable) {
      return new Case(choices.decisions(), findings, null, CompletableFuture.completedFuture(null));
    }
    boolean actionlintMatters = findings.stream().anyMatch(f -> f.check().agrees() == Agrees.ACTIONLINT);
    GitHubTools.Actionlint mode = actionlintMatters ? GitHubTools.Actionlint.IF_PARSER_ACCEPTS
        : GitHubTools.Actionlint.NEVER;
    return new Case(choices.decisions(), findings, yaml, tools.check(name, yaml, mode));
  }

  /** The rule (1 to 4 above) the case breaks, with why; null when all agree. */
  static String violation(Case c) {
    GitHubTools.Verdict v = c.verdict().join();
    boolean github = has(c, Agrees.GITHUB);
    if (c.yaml() == null) {
      return c.findings().isEmpty() ? "4: the workflow cannot be written, yet the validator accepts it" : null;
    }
    if (v.parserRejects() && !github) {
      return "1: GitHub's parser rejects it, but no check that agrees with GitHub refused it";
    }
    // A model the YAML cannot say (two triggers of one event, two jobs of one id) is written with one
    // of them; the file then is not the model, so only rule 1 applies.
    if (c.findings().stream().anyMatch(f -> f.check() == Check.AMBIGUOUS_MODEL)) return null;
    if (github && !v.parserRejects()) {
      return "2: " + checks(c, Agrees.GITHUB) + " say GitHub rejects it, but GitHub's parser accepts it";
    }
    boolean refused = has(c, Agrees.ACTIONLINT) || github;
    if (refused && !v.parserRejects() && !v.actionlintReports()) {
      return "3: the validator refuses it (" + checks(c, Agrees.ACTIONLINT) + "), but both tools accept it";
    }
    return null;
  }

  private static boolean has(Case c, Agrees agrees) {
    return c.findings().stream().anyMatch(f -> f.check().agrees() == agrees);
  }

  private static String checks(Case c, Agrees agrees) {
    return c.findings().stream().filter(f -> f.check().agrees() == agrees).map(f -> f.check().id()).distinct()
        .collect(Collectors.joining(", "));
  }

  /** Everything about a case, for a failure message. */
  static String describe(Case c) {
    GitHubTools.Verdict v = c.verdict().join();
    StringBuilder sb = new StringBuilder();
    sb.append("decisions: ").append(java.util.Arrays.toString(c.decisions())).append('\n');
    sb.append("violation: ").append(violation(c)).append('\n');
    sb.append("validator:\n");
    for (Finding f : c.findings()) sb.append("  [").append(f.check().id()).append("] ").append(f.problem()).append('\n');
    if (v != null) {
      sb.append("GitHub's parser:\n");
      v.parser().forEach(m -> sb.append("  ").append(m).append('\n'));
      sb.append("actionlint:").append(v.actionlint() == null ? " (not run)" : "").append('\n');
      if (v.actionlint() != null) v.actionlint().forEach(m -> sb.append("  ").append(m).append('\n'));
    }
    sb.append("YAML:\n").append(c.yaml());
    return sb.toString();
  }
}
