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
      if (job.container() != null) image(job, "container", imageText(job.container()), out);
      job.services().forEach((name, c) -> image(job, "service '" + name + "'", imageText(c), out));
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
    ActionUse use = v.use();
    if (use == null || use.typed()) return;
    String problem = problem(use);
    if (problem != null) out.step(v.job(), v.step(), "step uses " + problem, fix(use));
  }

  // A container given as one expression (a matrix entry) is an image chosen when the job runs.
  private static String imageText(dev.gha4j.model.Container c) {
    return c.expression() != null ? c.expression().embed() : c.image();
  }

  // A tag can be pushed again with other content; only a digest names one image. No tag is "latest".
  private static void image(Job job, String what, String image, Reporter out) {
    if (image == null || DIGEST.matcher(image).matches()) return;
    String fix = "pin the digest: image@sha256:<digest> (docker buildx imagetools inspect <image> prints it)";
    if (image.contains("${{")) {
      out.job(job, job.location(), "the " + what + " of job '" + job.id() + "' is `" + image + "`, an image chosen when the "
          + "job runs, which no review pins", "name the images in the workflow, each pinned by digest");
      return;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.indexOf(':', slash + 1);
    String tag = colon < 0 ? null : image.substring(colon + 1);
    if (tag == null || tag.equals("latest")) {
      out.job(job, job.location(), "the " + what + " of job '" + job.id() + "' is `" + image + "`, whatever image is latest "
          + "when the job runs", fix);
    } else {
      out.jobWarning(job, job.location(), "the " + what + " of job '" + job.id() + "' is `" + image + "`, pinned by tag '" + tag
          + "', which can be pushed again with other content", fix);
    }
  }

  static void deprecated(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null) return;
    var refused = DeprecatedActions.find(use);
    if (refused.isPresent()) {
      out.step(v.job(), v.step(), "step uses `" + use.text() + "`, but " + use.repository() + " " + refused.get().reason(),
          "use " + refused.get().replacement());
    } else if (!use.local() && !use.docker() && DataFiles.archived(use)) {
      out.step(v.job(), v.step(), "step uses `" + use.text() + "`, but " + archived(use), ARCHIVED_FIX);
    }
  }

  static void deprecated(WorkflowView v, Reporter out) {
    for (Job job : v.workflow().jobs()) {
      if (!job.isCaller()) continue;
      ActionUse use = ActionUse.parse(job.uses());
      if (!use.local() && DataFiles.archived(use)) {
        out.job(job, job.location(), "job '" + job.id() + "' calls `" + use.text() + "`, but " + archived(use), ARCHIVED_FIX);
      }
    }
  }

  private static final String ARCHIVED_FIX = "use a maintained action that does the same, or the tool's own command";

  private static String archived(ActionUse use) {
    return use.repository() + " is archived (list of " + DataFiles.ARCHIVED.date() + "): it gets no fixes, not even for "
        + "security";
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
