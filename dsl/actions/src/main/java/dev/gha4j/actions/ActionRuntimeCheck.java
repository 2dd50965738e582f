package dev.gha4j.actions;

import dev.gha4j.api.Problem;
import dev.gha4j.api.WorkflowCheck;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Steps that use an action release whose runner, node12 or node16, GitHub's runners no longer have
 * ({@code outdated-actions.txt}, from actionlint's list of such releases of popular actions): the
 * step fails when the job starts. Add it to the checks generation runs, next to the policy rules.
 *
 * <p>The releases gha4j binds carry their runtime in their manifests once those record it; this
 * check reads only the list, so that it stays one small class to extend then.
 */
public final class ActionRuntimeCheck implements WorkflowCheck {
  private static final class Holder {
    static final Set<String> OUTDATED = load();
  }

  @Override
  public List<Problem> check(Workflow workflow) {
    List<Problem> problems = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        String uses = step.uses();
        if (uses != null && Holder.OUTDATED.contains(uses.toLowerCase(Locale.ROOT))) {
          problems.add(new Problem(step.location(), "uses: " + uses + " runs on node12 or node16, which GitHub's"
              + " runners no longer have, so the step fails; fix: use a current release, or the typed binding"));
        }
      }
    }
    return problems;
  }

  private static Set<String> load() {
    Set<String> specs = new HashSet<>();
    try (InputStream in = ActionRuntimeCheck.class.getResourceAsStream("outdated-actions.txt")) {
      if (in == null) throw new IllegalStateException("outdated-actions.txt is missing from gha4j-actions");
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) specs.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(specs);
  }
}
