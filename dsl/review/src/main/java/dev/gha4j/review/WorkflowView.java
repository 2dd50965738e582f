package dev.gha4j.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workflow file read for review and graphs: the typed read-model both work from. It is read from
 * the YAML text, never from gha4j's Java model, so that a version committed long ago reads as well
 * as the one just generated.
 *
 * @param file        the file name, {@code deploy.yml}
 * @param name        its {@code name:}, or null
 * @param triggers    the events under {@code on:}, in order
 * @param permissions its top-level {@code permissions}, or {@link Permissions#REPOSITORY_DEFAULT}
 * @param concurrency its top-level {@code concurrency} in canonical form, or empty
 * @param secrets     the secrets its top-level values ({@code env}, …) read; every job sees those
 * @param jobs        job id to job, in order
 * @param settings    its other top-level keys ({@code env}, {@code defaults}, …) to their
 *                    {@link Canonical} text, sorted
 */
record WorkflowView(String file, String name, List<TriggerView> triggers, Permissions permissions,
    String concurrency, Set<String> secrets, Map<String, JobView> jobs, Map<String, String> settings) {
  /** The keys {@link #settings} leaves out: the ones above. */
  static final Set<String> MODELLED = Set.of("name", "on", "permissions", "concurrency", "jobs");

  /** A workflow that does not exist: what a new file is compared with. */
  static WorkflowView empty(String file) {
    return new WorkflowView(file, null, List.of(), Permissions.REPOSITORY_DEFAULT, "", Set.of(), Map.of(), Map.of());
  }

  /** What people call it: its name, else its file name. */
  String displayName() {
    return name == null ? file : name;
  }
}
