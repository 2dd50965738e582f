package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.source.SourceLocation;
import java.util.List;

/** Collects the findings of one rule, formatting each as {@code [id] what; fix: how}. */
final class Reporter {
  private final Rule rule;
  private final List<Finding> into;

  Reporter(Rule rule, List<Finding> into) {
    this.rule = rule;
    this.into = into;
  }

  /** A finding about the workflow as a whole. */
  void workflow(SourceLocation where, String what, String fix) {
    at(where, null, null, what, fix);
  }

  /** A finding about a job (its own settings, not one of its steps). */
  void job(Job job, SourceLocation where, String what, String fix) {
    at(where, job, null, what, fix);
  }

  /** A finding about one step, reported at the line that made the step. */
  void step(Job job, Step step, String what, String fix) {
    at(step.location(), job, step, what, fix);
  }

  /** A finding about a job that is only a warning, whatever the rule's severity: gha4j cannot be sure. */
  void jobWarning(Job job, SourceLocation where, String what, String fix) {
    add(where, job, null, what, fix, Severity.WARNING);
  }

  /** A finding about the workflow that is only a warning, whatever the rule's severity. */
  void workflowWarning(SourceLocation where, String what, String fix) {
    add(where, null, null, what, fix, Severity.WARNING);
  }

  /** A finding about a step that is only a warning, whatever the rule's severity. */
  void stepWarning(Job job, Step step, String what, String fix) {
    add(step.location(), job, step, what, fix, Severity.WARNING);
  }

  private void at(SourceLocation where, Job job, Step step, String what, String fix) {
    add(where, job, step, what, fix, rule.severity());
  }

  private void add(SourceLocation where, Job job, Step step, String what, String fix, Severity severity) {
    into.add(new Finding(rule, where, "[" + rule.id() + "] " + what + "; fix: " + fix, job, step, severity));
  }
}
