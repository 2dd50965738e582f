package dev.gha4j.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job, as far as review and graphs look at it. Structured values ({@code environment},
 * {@code concurrency}) are in {@link Canonical} form, so that key order and quoting never count.
 *
 * @param id              the job id
 * @param name            its {@code name:}, or null
 * @param needs           the job ids in {@code needs:}, in order
 * @param condition       its {@code if:}, or null
 * @param permissions     its own {@code permissions:}, or null when it inherits the workflow's
 * @param environment     its {@code environment:} in canonical form, or empty
 * @param environmentName the environment's name alone (for the graph), or empty
 * @param concurrency     its {@code concurrency:} in canonical form, or empty
 * @param matrixSize      the number of jobs its matrix starts ({@link MatrixSize}), or null
 * @param timeout         its {@code timeout-minutes} as text, or null
 * @param calls           the reusable workflow it calls ({@code uses:}), or null
 * @param inheritsSecrets true for {@code secrets: inherit}
 * @param secrets         the secret names it reads ({@link SecretReferences})
 * @param steps           its steps
 * @param settings        its other keys ({@code runs-on}, {@code env}, {@code strategy}, …) to their
 *                        {@link Canonical} text, sorted
 */
record JobView(String id, String name, List<String> needs, Condition condition, Permissions permissions,
    String environment, String environmentName, String concurrency, String matrixSize, String timeout,
    ActionUse calls, boolean inheritsSecrets, Set<String> secrets, List<StepView> steps,
    Map<String, String> settings) {
  /** The keys {@link #settings} leaves out: the ones above. */
  static final Set<String> MODELLED = Set.of("name", "needs", "if", "permissions", "environment", "concurrency",
      "timeout-minutes", "uses", "secrets", "steps");


  /** What people call the job: its name, else its id. */
  String displayName() {
    return name == null ? id : name;
  }

  /** When it runs relative to the jobs it needs, as its condition's status functions say. */
  Condition.Run runs() {
    return condition == null ? Condition.Run.ON_SUCCESS : condition.run();
  }

  /** Every action it uses: the reusable workflow it calls and each step's action. */
  List<ActionUse> actions() {
    List<ActionUse> all = new ArrayList<>();
    if (calls != null) all.add(calls);
    for (StepView s : steps) if (s.uses() != null) all.add(s.uses());
    return all;
  }

  /** The permissions in force: its own, else the workflow's {@code inherited}. */
  Permissions effectivePermissions(Permissions inherited) {
    return permissions != null ? permissions : inherited;
  }

  /** A job with only an id: what a job added by a change is compared with. */
  static JobView empty(String id) {
    return new JobView(id, null, List.of(), null, null, "", "", "", null, null, null, false, Set.of(), List.of(), Map.of());
  }
}
