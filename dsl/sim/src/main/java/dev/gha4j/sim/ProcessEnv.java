package dev.gha4j.sim;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of a {@code run} step's process. It starts clean (nothing leaks in from the
 * machine but {@code PATH}), then: {@code CI=true}; the workflow, job, {@code $GITHUB_ENV} and step
 * variables; then the runner's {@code GITHUB_*}/{@code RUNNER_*} variables, which a workflow
 * cannot override. {@code PATH} is the fake commands, then {@code $GITHUB_PATH} entries (newest
 * first), then the machine's {@code PATH}; the fakes are also exported as bash functions, so a
 * call from the step's own bash costs no process.
 */
final class ProcessEnv {
  private ProcessEnv() {}

  static Map<String, String> of(JobRun run, Map<String, String> stepEnv, Map<String, Path> files) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", run.home.toString());
    env.put("LANG", "C.UTF-8");
    env.put("TMPDIR", run.temp.toString());
    env.put("CI", "true");
    env.putAll(stepEnv);
    env.putAll(run.toolbox.functions());
    if (run.toolbox.modelAddress != null) env.put("GHA4J_MODEL", run.toolbox.modelAddress);
    String machinePath = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    StringBuilder path = new StringBuilder(run.toolbox.directory().toString());
    for (String p : run.paths) path.append(':').append(p);
    env.put("PATH", path.append(':').append(machinePath).toString());
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_WORKSPACE", run.workspace.toString());
    env.put("GITHUB_EVENT_PATH", run.eventFile.toString());
    env.put("GITHUB_JOB", run.job.id());
    for (String key : new String[] {"sha", "ref", "ref_name", "ref_type", "event_name", "repository",
        "repository_owner", "run_id", "run_number", "run_attempt", "actor", "triggering_actor", "workflow",
        "workflow_ref", "server_url", "api_url", "graphql_url", "base_ref", "head_ref", "retention_days"}) {
      env.put("GITHUB_" + key.toUpperCase(), run.github(key).asText());
    }
    files.forEach((name, file) -> env.put(name, file.toString()));
    env.put("RUNNER_OS", "Linux");
    env.put("RUNNER_ARCH", "X64");
    env.put("RUNNER_NAME", "gha4j-simulated-runner");
    env.put("RUNNER_ENVIRONMENT", "github-hosted");
    env.put("RUNNER_TEMP", run.temp.toString());
    env.put("RUNNER_TOOL_CACHE", run.temp.resolve("tool-cache").toString());
    return env;
  }
}
