package dev.gha4j.policy;

import dev.gha4j.generate.WorkflowCheck;
import dev.gha4j.model.Workflow;
import dev.gha4j.validate.Problem;
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

  private Policies() {}

  /** Every rule of {@link Rule}. */
  public static Policies standard() {
    return new Policies();
  }

  @Override
  public List<Problem> check(Workflow workflow) {
    return evaluate(workflow).errors();
  }

  @Override
  public List<Problem> warnings(Workflow workflow) {
    return evaluate(workflow).warnings();
  }

  /** Runs every rule, then applies the workflow's, jobs' and steps' allowances. */
  public Report evaluate(Workflow workflow) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : Rule.values()) rule.check(workflow, new Reporter(rule, findings));
    return Allowances.apply(workflow, findings);
  }
}
