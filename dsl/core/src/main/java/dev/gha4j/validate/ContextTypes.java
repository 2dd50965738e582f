package dev.gha4j.validate;

import static dev.gha4j.validate.ExprType.ANY;
import static dev.gha4j.validate.ExprType.BOOL;
import static dev.gha4j.validate.ExprType.NUMBER;
import static dev.gha4j.validate.ExprType.STRING;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The types of the contexts in one workflow, as actionlint v1.7.7 declares them
 * ({@code BuiltinGlobalVariableTypes} in {@code expr_sema.go}, MIT): {@code github}, {@code runner}
 * and {@code job} know all their properties, and so does {@code strategy} here (actionlint lets it
 * have others: {@link Check#STRATEGY_PROPERTY}); {@code inputs} are the declared
 * inputs; {@code secrets} in a reusable workflow are the declared secrets; {@code jobs}, which
 * workflow_call outputs read, the jobs and their outputs. {@code needs},
 * {@code steps} and {@code matrix} are left open: {@link ExpressionChecks} checks what they read.
 */
final class ContextTypes {
  private static final Map<String, ExprType> GITHUB = props(
      "action", STRING, "action_path", STRING, "action_ref", STRING, "action_repository", STRING,
      "action_status", STRING, "actor", STRING, "actor_id", STRING, "api_url", STRING,
      "artifact_cache_size_limit", NUMBER, "base_ref", STRING, "env", STRING,
      "event", ExprType.loose(Map.of()), "event_name", STRING, "event_path", STRING, "graphql_url", STRING,
      "head_ref", STRING, "job", STRING, "output", STRING, "path", STRING, "ref", STRING, "ref_name", STRING,
      "ref_protected", BOOL, "ref_type", STRING, "repository", STRING, "repository_id", STRING,
      "repository_owner", STRING, "repository_owner_id", STRING, "repository_visibility", STRING,
      "repositoryurl", STRING, "retention_days", NUMBER, "run_attempt", STRING, "run_id", STRING,
      "run_number", STRING, "secret_source", STRING, "server_url", STRING, "sha", STRING, "state", STRING,
      "step_summary", STRING, "token", STRING, "triggering_actor", STRING, "workflow", STRING,
      "workflow_ref", STRING, "workflow_sha", STRING, "workspace", STRING);
  // runner.workspace is in neither GitHub's docs nor actionlint's types, but the runner sets it (the
  // parent of github.workspace) and real workflows use it, GitHub's former CMake starter among them.
  private static final Map<String, ExprType> RUNNER = props(
      "name", STRING, "os", STRING, "arch", STRING, "temp", STRING, "tool_cache", STRING, "debug", STRING,
      "environment", STRING, "workspace", STRING);
  private static final Map<String, ExprType> JOB = props(
      "check_run_id", NUMBER,
      "container", ExprType.strict(props("id", STRING, "network", STRING)),
      "services", ExprType.map(ExprType.strict(props("id", STRING, "network", STRING, "ports", ExprType.map(STRING)))),
      "status", STRING);
  private static final Map<String, ExprType> STRATEGY = props(
      "fail-fast", BOOL, "job-index", NUMBER, "job-total", NUMBER, "max-parallel", NUMBER);
  /** Secrets every reusable workflow has besides those it declares. */
  private static final Map<String, ExprType> BUILT_IN_SECRETS = props(
      "github_token", STRING, "actions_runner_debug", STRING, "actions_step_debug", STRING);

  private ContextTypes() {}

  /** Context name (lower case) to type, for expressions anywhere in {@code w}. */
  static Map<String, ExprType> of(Workflow w) {
    Map<String, ExprType> types = new HashMap<>();
    types.put("github", ExprType.strict(GITHUB));
    types.put("runner", ExprType.strict(RUNNER));
    types.put("job", ExprType.strict(JOB));
    types.put("strategy", ExprType.strict(STRATEGY));
    types.put("env", ExprType.map(STRING));
    types.put("vars", ExprType.map(STRING));
    types.put("needs", ANY);
    types.put("steps", ANY);
    types.put("matrix", ANY);
    // Only workflow_call outputs read jobs; a map of 10,000 jobs is built only where one can be read.
    boolean outputs = w.triggers().stream().anyMatch(t -> t instanceof CallTrigger c && !c.outputs().isEmpty());
    types.put("jobs", outputs ? jobs(w) : ANY);
    Map<String, ExprType> inputs = new HashMap<>();
    Map<String, ExprType> secrets = null;
    for (Trigger t : w.triggers()) {
      if (t instanceof DispatchTrigger d) inputs(d.inputs(), inputs);
      // Without a secrets: section actionlint lets a reusable workflow read any secret.
      if (t instanceof CallTrigger c) inputs(c.inputs(), inputs);
      if (t instanceof CallTrigger c && !c.secrets().isEmpty()) {
        secrets = new HashMap<>(BUILT_IN_SECRETS);
        for (CallTrigger.Secret s : c.secrets()) secrets.put(s.name().toLowerCase(Locale.ROOT), STRING);
      }
    }
    types.put("inputs", ExprType.strict(inputs));
    types.put("secrets", secrets == null ? ExprType.map(STRING) : ExprType.strict(secrets));
    return types;
  }

  // jobs.<id>.outputs.<name> and .result, read by workflow_call outputs: a job calling a reusable
  // workflow has the outputs that workflow declares, which gha4j cannot see.
  private static ExprType jobs(Workflow w) {
    Map<String, ExprType> jobs = new HashMap<>();
    for (dev.gha4j.model.Job j : w.jobs()) {
      Map<String, ExprType> outputs = new HashMap<>();
      for (String name : j.outputs().keySet()) outputs.put(name.toLowerCase(Locale.ROOT), STRING);
      ExprType declared = j.isCaller() ? ExprType.map(STRING) : ExprType.strict(outputs);
      jobs.put(j.id().toLowerCase(Locale.ROOT), ExprType.strict(Map.of("outputs", declared, "result", STRING)));
    }
    return ExprType.strict(jobs);
  }

  private static void inputs(List<Input> declared, Map<String, ExprType> into) {
    for (Input i : declared) {
      ExprType type = switch (i.type()) {
        case BOOLEAN -> BOOL;
        case NUMBER -> NUMBER;
        default -> STRING;
      };
      into.merge(i.name().toLowerCase(Locale.ROOT), type, ExprType::merge);
    }
  }

  private static Map<String, ExprType> props(Object... pairs) {
    Map<String, ExprType> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (ExprType) pairs[i + 1]);
    return Map.copyOf(m);
  }
}
