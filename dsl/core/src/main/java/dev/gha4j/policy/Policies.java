package dev.gha4j.policy;


import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy rules as a {@link WorkflowCheck} for the generator:
 * {@code Generation.of(workflows, List.of(Policies.standard()))}.
 *
 * <p>Errors are the findings that stop generation: broken {@link Severity#ERROR} rules and
 * allowances without a reason. Warnings are the rest: broken {@link Severity#WARNING} rules and
 * allowances that suppress nothing. {@link #findings} evaluates the rules once for both.
 */
public final class Policies implements WorkflowCheck {

  private Policies() {}

  /**
   * The policy check gha4j's generator and Maven plugin run.
   *
   * @return a check applying every rule of {@link Rule}; it holds no state, so one serves every workflow
   */
  public static Policies standard() {
    return new Policies();
  }

  @Override
  public List<Problem> check(Workflow workflow) {
    return findings(workflow).errors();
  }

  @Override
  public List<Problem> warnings(Workflow workflow) {
    return findings(workflow).warnings();
  }

  /**
   * Runs every rule, then applies the workflow's, jobs' and steps' allowances. The order in which
   * findings are collected does not matter: {@link Allowances} sorts what it returns.
   */
  @Override
  public Findings findings(Workflow workflow) {
    return Allowances.apply(workflow, all(workflow));
  }

  /**
   * What every rule finds that no allowance of the workflow covers, errors and warnings alike, each
   * with the job and step it is about: what a tool needs to write allowances for a workflow as it
   * stands, such as the importer's migration baseline. Generation uses {@link #findings}.
   *
   * @param workflow the workflow as built, allowances included
   * @return the uncovered findings; empty when the workflow breaks no rule or allows all it breaks
   */
  public List<Finding> uncovered(Workflow workflow) {
    return Allowances.uncovered(workflow, all(workflow));
  }

  private static List<Finding> all(Workflow workflow) {
    List<Finding> findings = new ArrayList<>();
    Rule[] rules = Rule.values();
    Reporter[] reporters = new Reporter[rules.length];
    for (Rule rule : rules) reporters[rule.ordinal()] = new Reporter(rule, findings);
    // First: it parses the scripts the whole-workflow rules read too.
    Taint taint = Taint.of(workflow);
    Map<Step, ShellScript> scripts = eachStep(workflow, rules, reporters, taint);
    WorkflowView view = new WorkflowView(workflow, scripts, taint);
    for (Rule rule : rules) rule.checkWorkflow(view, reporters[rule.ordinal()]);
    return findings;
  }

  // One pass over the steps parses each script and runs every per-step rule on the step while it
  // and its parse are in the CPU cache; one pass per rule made the rules' time grow 21-fold from 1,000 to 10,000 jobs.
  private static Map<Step, ShellScript> eachStep(Workflow workflow, Rule[] rules, Reporter[] reporters, Taint taint) {
    List<Rule> stepRules = new ArrayList<>();
    for (Rule rule : rules) if (rule.readsSteps()) stepRules.add(rule);
    Scripts.Collector scripts = new Scripts.Collector(workflow);
    for (Job job : workflow.jobs()) {
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        StepView view = new StepView(workflow, job, i, step, scripts.add(job, step), taint, Values.of(step),
            ActionUse.of(step));
        for (Rule rule : stepRules) rule.checkStep(view, reporters[rule.ordinal()]);
      }
    }
    return scripts.parsed();
  }
}
