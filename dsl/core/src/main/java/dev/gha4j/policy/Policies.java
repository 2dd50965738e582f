package dev.gha4j.policy;


import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy rules as a {@link WorkflowCheck} for the generator:
 * {@code GenerateCommand.run(args, workflows, List.of(Policies.standard()), out, err)}.
 *
 * <p>{@link #check} returns the findings that stop generation: broken {@link Severity#ERROR}
 * rules and allowances without a reason. {@link #warnings} returns the rest: broken
 * {@link Severity#WARNING} rules and allowances that suppress nothing.
 */
public final class Policies implements WorkflowCheck {

  /** What the rules found in one workflow, after allowances; each list sorted by line. */
  public record Report(List<Problem> errors, List<Problem> warnings) {
    public Report {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** The last workflow evaluated and what was found; see {@link #report}. */
  private record Evaluated(Workflow workflow, Report report) {}

  private volatile Evaluated last;

  private Policies() {}

  /** Every rule of {@link Rule}. */
  public static Policies standard() {
    return new Policies();
  }

  @Override
  public List<Problem> check(Workflow workflow) {
    return report(workflow).errors();
  }

  @Override
  public List<Problem> warnings(Workflow workflow) {
    return report(workflow).warnings();
  }

  // The generator asks for check() and then warnings() of the same workflow: evaluate the rules
  // once for both (half the time at 10,000 jobs). Models are immutable, so identity is enough.
  private Report report(Workflow workflow) {
    Evaluated e = last;
    if (e != null && e.workflow() == workflow) return e.report();
    Report report = evaluate(workflow);
    last = new Evaluated(workflow, report);
    return report;
  }

  /**
   * Runs every rule, then applies the workflow's, jobs' and steps' allowances. The order in which
   * findings are collected does not matter: {@link Allowances} sorts what it returns.
   */
  public Report evaluate(Workflow workflow) {
    List<Finding> findings = new ArrayList<>();
    Rule[] rules = Rule.values();
    Reporter[] reporters = new Reporter[rules.length];
    for (Rule rule : rules) reporters[rule.ordinal()] = new Reporter(rule, findings);
    eachStep(workflow, rules, reporters); // first: it parses the scripts the other rules may read
    for (Rule rule : rules) rule.checkWorkflow(workflow, reporters[rule.ordinal()]);
    return Allowances.apply(workflow, findings);
  }

  // One pass over the steps parses each script and runs every per-step rule on the step while it
  // and its parse are in the CPU cache; one pass per rule made the rules' time grow 21-fold from 1,000 to 10,000 jobs.
  private static void eachStep(Workflow workflow, Rule[] rules, Reporter[] reporters) {
    List<Rule> stepRules = new ArrayList<>();
    for (Rule rule : rules) if (rule.readsSteps()) stepRules.add(rule);
    Scripts.Collector scripts = Scripts.collect(workflow);
    for (Job job : workflow.jobs()) {
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        StepView view = new StepView(workflow, job, i, step, scripts.add(job, step));
        for (Rule rule : stepRules) rule.checkStep(view, reporters[rule.ordinal()]);
      }
    }
    scripts.done();
  }
}
