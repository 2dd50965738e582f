package dev.gha4j.sim;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run-wide contexts: {@code github} (with a plausible event payload), {@code inputs}, {@code vars}, {@code secrets}. */
final class Contexts {
  private Contexts() {}

  static Map<String, Object> github(Simulation sim, Event e) {
    Map<String, Object> g = Value.object();
    g.put("event_name", e.name);
    g.put("event", payload(sim, e));
    g.put("ref", e.ref);
    g.put("ref_name", e.refName());
    g.put("ref_type", e.isTag() ? "tag" : "branch");
    g.put("sha", sim.sha);
    g.put("base_ref", e.baseRef == null ? "" : e.baseRef);
    g.put("head_ref", e.name.startsWith("pull_request") ? e.headRef : "");
    g.put("repository", sim.repository);
    g.put("repository_owner", owner(sim));
    g.put("actor", sim.actor);
    g.put("triggering_actor", sim.actor);
    g.put("run_number", (double) sim.runNumber);
    g.put("run_id", (double) (1000000 + sim.runNumber));
    g.put("run_attempt", "1");
    g.put("workflow", sim.workflow.name() != null ? sim.workflow.name() : ".github/workflows/" + sim.workflow.fileName());
    g.put("workflow_ref", sim.repository + "/.github/workflows/" + sim.workflow.fileName() + "@" + e.ref);
    g.put("server_url", "https://github.com");
    g.put("api_url", "https://api.github.com");
    g.put("graphql_url", "https://api.github.com/graphql");
    g.put("token", sim.secrets.get("GITHUB_TOKEN"));
    g.put("retention_days", 90.0);
    return g;
  }

  private static String owner(Simulation sim) {
    int slash = sim.repository.indexOf('/');
    return slash < 0 ? sim.repository : sim.repository.substring(0, slash);
  }

  /** A minimal webhook payload for the event, overlaid with what the test set on the {@link Event}. */
  private static Map<String, Object> payload(Simulation sim, Event e) {
    Map<String, Object> p = Value.object();
    Map<String, Object> actor = Map.of("login", sim.actor);
    Map<String, Object> commit = Map.of("id", sim.sha, "message", "Simulated commit",
        "author", Map.of("name", sim.actor, "username", sim.actor));
    switch (e.name) {
      case "push" -> {
        p.put("ref", e.ref);
        p.put("before", "0000000000000000000000000000000000000000");
        p.put("after", sim.sha);
        p.put("commits", List.of(commit));
        p.put("head_commit", commit);
        p.put("pusher", Map.of("name", sim.actor));
      }
      case "pull_request", "pull_request_target" -> {
        p.put("action", e.action);
        p.put("number", 1.0);
        p.put("pull_request", Map.of("number", 1.0, "title", "Simulated pull request", "body", "",
            "draft", false, "merged", false, "user", actor, "labels", List.of(),
            "head", Map.of("ref", e.headRef, "sha", sim.sha),
            "base", Map.of("ref", e.baseRef, "sha", "1111111111111111111111111111111111111111")));
      }
      case "schedule" -> p.put("schedule", e.cron == null ? "" : e.cron);
      case "workflow_dispatch" -> {
        Map<String, Object> asText = new LinkedHashMap<>();
        inputs(sim, e).forEach((k, v) -> asText.put(k, Value.toText(v)));
        p.put("inputs", asText);
        p.put("ref", e.ref);
      }
      default -> { }
    }
    p.put("repository", Map.of("full_name", sim.repository, "name", sim.repository.substring(sim.repository.indexOf('/') + 1),
        "owner", Map.of("login", owner(sim)), "default_branch", "main"));
    p.put("sender", actor);
    merge(p, e.payload);
    return p;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> converted = (Map<String, Object>) Value.of(base);
    base.clear();
    base.putAll(converted);
    over.forEach((k, v) -> {
      if (v instanceof Map && base.get(k) instanceof Map) merge((Map<String, Object>) base.get(k), (Map<String, Object>) v);
      else base.put(k, v);
    });
  }

  /**
   * {@code inputs}: declared defaults overlaid with the event's inputs; boolean and number inputs
   * keep their types, as GitHub's {@code inputs} context does (the payload has them as text).
   */
  static Map<String, Object> inputs(Simulation sim, Event e) {
    Map<String, Object> out = Value.object();
    for (Input i : declared(sim, e)) {
      Object v = e.inputs.containsKey(i.name()) ? e.inputs.get(i.name())
          : i.defaultValue() == null ? null : Value.of(i.defaultValue());
      out.put(i.name(), typed(i.type(), v));
    }
    e.inputs.forEach(out::putIfAbsent);
    return out;
  }

  private static List<Input> declared(Simulation sim, Event e) {
    for (Trigger t : sim.workflow.triggers()) {
      if (!t.event().equals(e.name)) continue;
      if (t instanceof DispatchTrigger d) return d.inputs();
      if (t instanceof CallTrigger c) return c.inputs();
    }
    return List.of();
  }

  private static Object typed(Input.Type type, Object v) {
    if (v == null) {
      return switch (type) {
        case BOOLEAN -> false;
        case NUMBER -> null;
        default -> "";
      };
    }
    return switch (type) {
      case BOOLEAN -> v instanceof Boolean ? v : Value.toText(v).equalsIgnoreCase("true");
      case NUMBER -> Value.toNumber(v);
      default -> Value.toText(v);
    };
  }

  /** The {@code runner} context of a job. */
  static Map<String, Object> runner(String temp, String toolCache) {
    Map<String, Object> r = Value.object();
    r.put("name", "gha4j-simulated-runner");
    r.put("os", "Linux");
    r.put("arch", "X64");
    r.put("temp", temp);
    r.put("tool_cache", toolCache);
    r.put("environment", "github-hosted");
    r.put("debug", "");
    return r;
  }
}
