package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Workflow;
import java.util.regex.Pattern;

/**
 * {@link Rule#UNPINNED_ACTION} and {@link Rule#DEPRECATED_ACTION}. Typed bindings and
 * {@code ActionRef}s are pinned by construction, so only raw {@code Step.uses(String)} values and
 * {@code Job.calling(id, ref)} are read for pinning; a refused action is reported once, as
 * deprecated, even when its ref is unpinned too, since the fix replaces it anyway.
 */
final class ActionChecks {
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern DIGEST = Pattern.compile(".*@sha256:[0-9a-f]{64}");

  private ActionChecks() {}

  static void unpinned(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    for (Job job : w.jobs()) {
      if (job.isCaller()) {
        String problem = problem(ActionUse.parse(job.uses()));
        if (problem != null) {
          out.job(job, job.location(), "job '" + job.id() + "' calls " + problem,
              "pin the full commit SHA: `" + ActionUse.parse(job.uses()).repository() + "@<40-hex sha>`");
        }
      }
    }
  }

  static void unpinned(StepView v, Reporter out) {
    ActionUse use = ActionUse.of(v.step());
    if (use == null || use.typed()) return;
    String problem = problem(use);
    if (problem != null) out.step(v.job(), v.step(), "step uses " + problem, fix(use));
  }

  static void deprecated(StepView v, Reporter out) {
    ActionUse use = ActionUse.of(v.step());
    if (use == null) return;
    DeprecatedActions.find(use).ifPresent(r -> out.step(v.job(), v.step(),
        "step uses `" + use.text() + "`, but " + use.repository() + " " + r.reason(), "use " + r.replacement()));
  }

  // Null when the value is pinned, local, or refused outright (DEPRECATED_ACTION reports that).
  private static String problem(ActionUse use) {
    if (use.local() || DeprecatedActions.find(use).isPresent()) return null;
    if (use.docker()) {
      return DIGEST.matcher(use.text()).matches() ? null : "`" + use.text() + "`, an image not pinned by digest";
    }
    if (use.ref() == null || use.ref().isEmpty()) return "`" + use.text() + "` without a ref";
    if (SHA.matcher(use.ref()).matches()) return null;
    return "`" + use.text() + "`: '" + use.ref() + "' is a branch or tag, which can be moved to other code";
  }

  private static String fix(ActionUse use) {
    if (use.docker()) return "pin the digest: docker://<image>@sha256:<digest>";
    return "pin the full commit SHA, `" + use.repository() + "@<40-hex sha> # <tag>`, or use a typed binding";
  }
}
