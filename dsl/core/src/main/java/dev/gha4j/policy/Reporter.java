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

  private void at(SourceLocation where, Job job, Step step, String what, String fix) {
    into.add(new Finding(rule, where, "[" + rule.id() + "] " + what + "; fix: " + fix, job, step));
  }
}
