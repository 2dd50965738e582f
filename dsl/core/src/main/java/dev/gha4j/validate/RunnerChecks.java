package dev.gha4j.validate;

import dev.gha4j.expr.Embedded;
import dev.gha4j.model.Job;
import dev.gha4j.model.RunsOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code runs-on}: a label that looks GitHub-hosted but is not one (actionlint's
 * {@code runner-label}), a label GitHub has retired, and labels that name different images, so
 * that no runner has them all. Labels of self-hosted runners and runner groups may be anything.
 */
final class RunnerChecks {
  private static final List<String> HOSTED_PREFIXES = List.of("ubuntu-", "macos-", "windows-");

  private RunnerChecks() {}

  static void check(Job job, Findings found) {
    RunsOn runsOn = job.runsOn();
    if (runsOn == null) return;
    RunnerLabels data = RunnerLabels.data();
    boolean custom = runsOn.group() != null;
    for (String label : runsOn.labels()) if (data.isSelfHosted(label)) custom = true;
    List<String> known = new ArrayList<>();
    for (String label : runsOn.labels()) {
      if (Embedded.hasExpression(label)) continue;
      RunnerLabels.Retired retired = data.retired(label);
      if (retired != null) {
        found.add(Check.RETIRED_RUNNER, job.location(), "runs-on: GitHub retired the runner image '" + label
            + "' (gone by " + retired.goneBy() + "), so the job would never start; fix: .runsOn(\"" + retired.use() + "\")");
      } else if (data.image(label) != null || data.family(label) != null) {
        known.add(label);
      } else if (!custom && looksHosted(label)) {
        String near = Hints.nearest(label, data.hostedLabels());
        found.add(Check.RUNNER_LABEL, job.location(), "runs-on: '" + label + "' is not a GitHub-hosted runner label; fix: "
            + (near != null ? "did you mean '" + near + "'?" : "use a GitHub-hosted label such as ubuntu-latest")
            + " (a label of your own runners needs .runsOn(RunsOn.labels(\"self-hosted\", ...)))");
      }
    }
    conflicts(job, known, data, found);
  }

  private static boolean looksHosted(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    return HOSTED_PREFIXES.stream().anyMatch(lower::startsWith);
  }

  // Two labels conflict when no runner can have both: two hosted labels of different images, or a
  // hosted label and an OS label of another family.
  private static void conflicts(Job job, List<String> labels, RunnerLabels data, Findings found) {
    for (int i = 0; i < labels.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (!compatible(labels.get(i), labels.get(j), data)) {
          found.add(Check.RUNNER_LABEL, job.location(), "runs-on: '" + labels.get(i) + "' and '" + labels.get(j)
              + "' name different runners, and a job runs on one runner that has all its labels; fix: keep one,"
              + " or run the job once per runner with a matrix");
          return;
        }
      }
    }
  }

  private static boolean compatible(String a, String b, RunnerLabels data) {
    String imageA = data.image(a);
    String imageB = data.image(b);
    if (imageA != null && imageB != null) return imageA.equals(imageB);
    String familyA = imageA != null ? imageA : data.family(a);
    String familyB = imageB != null ? imageB : data.family(b);
    return familyA.startsWith(familyB) || familyB.startsWith(familyA);
  }
}
