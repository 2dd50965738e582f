package dev.gha4j.sim;

import dev.gha4j.model.CallTrigger;
import dev.gha4j.model.DispatchTrigger;
import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run-wide contexts: {@code github} (with a plausible event payload), {@code inputs}, {@code vars}, {@code secrets}. */
final class Contexts {
  private Contexts() {}

  static Value.Dictionary github(Simulation sim, Event e) {
    return object(
        "event_name", e.name,
        "event", payload(sim, e),
        "ref", e.ref,
        "ref_name", e.refName(),
        "ref_type", e.isTag() ? "tag" : "branch",
        "sha", sim.sha,
        "base_ref", e.baseRef == null ? "" : e.baseRef,
        "head_ref", e.name.startsWith("pull_request") ? e.headRef : "",
        "repository", sim.repository,
        "repository_owner", owner(sim),
        "actor", sim.actor,
        "triggering_actor", sim.actor,
        "run_number", sim.runNumber,
        "run_id", 1000000 + sim.runNumber,
        "run_attempt", "1",
        "workflow", sim.workflow.name() != null ? sim.workflow.name() : ".github/workflows/" + sim.workflow.fileName(),
        "workflow_ref", sim.repository + "/.github/workflows/" + sim.workflow.fileName() + "@" + e.ref,
        "server_url", "https://github.com",
        "api_url", "https://api.github.com",
        "graphql_url", "https://api.github.com/graphql",
        "token", sim.secrets.get("GITHUB_TOKEN"),
        "retention_days", 90);
  }

  /** An object from name/value pairs, in order; values converted with {@link Value#from}. */
  static Value.Dictionary object(Object... namesAndValues) {
    Map<String, Value> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) members.put((String) namesAndValues[i], Value.from(namesAndValues[i + 1]));
    return new Value.Dictionary(members);
  }

  private static String owner(Simulation sim) {
    int slash = sim.repository.indexOf('/');
    return slash < 0 ? sim.repository : sim.repository.substring(0, slash);
  }

  /** A minimal webhook payload for the event, overlaid with what the test set on the {@link Event}. */
  private static Value.Dictionary payload(Simulation sim, Event e) {
    Value actor = object("login", sim.actor);
    Value commit = object("id", sim.sha, "message", "Simulated commit",
        "author", object("name", sim.actor, "username", sim.actor));
    List<Object> p = new ArrayList<>();
    switch (e.name) {
      case "push" -> p.addAll(Arrays.asList("ref", e.ref, "before", "0000000000000000000000000000000000000000", "after", sim.sha,
          "commits", List.of(commit), "head_commit", commit, "pusher", object("name", sim.actor)));
      case "pull_request", "pull_request_target" -> p.addAll(Arrays.asList("action", e.action, "number", 1,
          "pull_request", object("number", 1, "title", "Simulated pull request", "body", "",
              "draft", false, "merged", false, "user", actor, "labels", List.of(),
              "head", object("ref", e.headRef, "sha", sim.sha),
              "base", object("ref", e.baseRef, "sha", "1111111111111111111111111111111111111111"))));
      case "schedule" -> p.addAll(Arrays.asList("schedule", e.cron == null ? "" : e.cron));
      case "workflow_dispatch" -> {
        Map<String, Value> asText = new LinkedHashMap<>();
        inputs(sim, e).forEach((k, v) -> asText.put(k, Value.of(v.asText())));
        p.addAll(Arrays.asList("inputs", new Value.Dictionary(asText), "ref", e.ref));
      }
      default -> { }
    }
    p.addAll(Arrays.asList("repository", object("full_name", sim.repository,
        "name", sim.repository.substring(sim.repository.indexOf('/') + 1),
        "owner", object("login", owner(sim)), "default_branch", "main"), "sender", actor));
    return merge(object(p.toArray()), e.payload);
  }

  /** {@code base} with the members of {@code over}; objects in both are merged member by member. */
  private static Value.Dictionary merge(Value.Dictionary base, Value.Dictionary over) {
    Value.Dictionary out = base;
    for (Map.Entry<String, Value> m : over.members().entrySet()) {
      Value mine = base.member(m.getKey());
      out = out.with(m.getKey(), mine instanceof Value.Dictionary b && m.getValue() instanceof Value.Dictionary o
          ? merge(b, o) : m.getValue());
    }
    return out;
  }

  /**
   * {@code inputs}: declared defaults overlaid with the event's inputs; boolean and number inputs
   * keep their types, as GitHub's {@code inputs} context does (the payload has them as text).
   */
  static Map<String, Value> inputs(Simulation sim, Event e) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (Input i : declared(sim, e)) {
      Value v = e.inputs.containsKey(i.name()) ? e.inputs.get(i.name())
          : i.defaultValue() == null ? Value.NULL : Evaluator.literal(i.defaultValue());
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

  private static Value typed(Input.Type type, Value v) {
    if (v.kind() == Value.Kind.NULL) {
      return switch (type) {
        case BOOLEAN -> Value.of(false);
        case NUMBER -> Value.NULL;
        default -> Value.of("");
      };
    }
    return switch (type) {
      case BOOLEAN -> v instanceof Value.Bool ? v : Value.of(v.asText().equalsIgnoreCase("true"));
      case NUMBER -> Value.of(v.asNumber());
      default -> Value.of(v.asText());
    };
  }

  /** The {@code runner} context of a job. */
  static Value.Dictionary runner(String temp, String toolCache) {
    return object("name", "gha4j-simulated-runner", "os", "Linux", "arch", "X64", "temp", temp, "tool_cache", toolCache,
        "environment", "github-hosted", "debug", "");
  }
}
