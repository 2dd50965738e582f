package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event a simulated run starts from: what was pushed, which pull request, which schedule or
 * dispatch. Each method returns a changed copy, so one event can be the base of several tests.
 *
 * <pre>{@code
 * Event.push("main").changing("apps/backend/requirements.txt")
 * Event.pullRequest("main").changing("docs/index.md").action("synchronize")
 * Event.workflowDispatch().input("environment", "production")
 * }</pre>
 */
public final class Event {
  final String name;
  final String ref;
  final String baseRef;
  final String headRef;
  final List<String> changedPaths;
  final String action;
  final String cron;
  final Map<String, Object> inputs;
  final Map<String, Object> payload;

  private Event(String name, String ref, String baseRef, String headRef, List<String> changedPaths, String action,
      String cron, Map<String, Object> inputs, Map<String, Object> payload) {
    this.name = name;
    this.ref = ref;
    this.baseRef = baseRef;
    this.headRef = headRef;
    this.changedPaths = List.copyOf(changedPaths);
    this.action = action;
    this.cron = cron;
    this.inputs = inputs;
    this.payload = payload;
  }

  private static Event named(String name, String ref) {
    return new Event(name, ref, null, null, List.of(), null, null, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** A push to a branch ({@code "main"}) or any full ref ({@code "refs/tags/v1.2.0"}). */
  public static Event push(String branchOrRef) {
    return named("push", branchOrRef.startsWith("refs/") ? branchOrRef : "refs/heads/" + branchOrRef);
  }

  /** A push of a tag, e.g. {@code pushTag("v1.2.0")}. */
  public static Event pushTag(String tag) {
    return named("push", "refs/tags/" + tag);
  }

  /**
   * A pull request into {@code baseBranch}, activity type {@code opened}, from branch
   * {@code feature}; the run's ref is {@code refs/pull/1/merge} as on GitHub.
   */
  public static Event pullRequest(String baseBranch) {
    return new Event("pull_request", "refs/pull/1/merge", baseBranch, "feature", List.of(), "opened", null,
        new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** A {@code pull_request_target} event into {@code baseBranch}; its ref is the base branch. */
  public static Event pullRequestTarget(String baseBranch) {
    return new Event("pull_request_target", "refs/heads/" + baseBranch, baseBranch, "feature", List.of(), "opened",
        null, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** A scheduled run for one of the workflow's cron expressions; it runs on the default branch. */
  public static Event schedule(String cron) {
    return new Event("schedule", "refs/heads/main", null, null, List.of(), null, cron, new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }

  /** The "Run workflow" button on {@code main}; add inputs with {@link #input}. */
  public static Event workflowDispatch() {
    return named("workflow_dispatch", "refs/heads/main");
  }

  /** The "Run workflow" button with these inputs. */
  public static Event workflowDispatch(Map<String, ?> inputs) {
    Event e = workflowDispatch();
    for (Map.Entry<String, ?> i : inputs.entrySet()) e = e.input(i.getKey(), i.getValue());
    return e;
  }

  /**
   * Any other event, with its webhook payload ({@code github.event}); {@code payload.action} is the
   * activity type that {@code types:} filters see.
   */
  public static Event of(String name, Map<String, ?> payload) {
    Event e = named(name, "refs/heads/main");
    @SuppressWarnings("unchecked")
    Map<String, Object> p = (Map<String, Object>) Value.of(payload);
    Object action = Value.property(p, "action");
    return new Event(name, e.ref, null, null, List.of(), action == null ? null : Value.toText(action), null,
        new LinkedHashMap<>(), p);
  }

  /** The files this push or pull request changes, relative to the repository root. */
  public Event changing(String... paths) {
    List<String> all = new ArrayList<>(changedPaths);
    all.addAll(List.of(paths));
    return new Event(name, ref, baseRef, headRef, all, action, cron, inputs, payload);
  }

  /** The activity type, e.g. {@code synchronize} or {@code closed} for a pull request. */
  public Event action(String type) {
    return new Event(name, ref, baseRef, headRef, changedPaths, type, cron, inputs, payload);
  }

  /** The run's {@code github.ref}, e.g. {@code refs/heads/release} for a dispatch on another branch. */
  public Event ref(String fullRef) {
    return new Event(name, fullRef, baseRef, headRef, changedPaths, action, cron, inputs, payload);
  }

  /** The pull request's source branch ({@code github.head_ref}). */
  public Event headBranch(String branch) {
    return new Event(name, ref, baseRef, branch, changedPaths, action, cron, inputs, payload);
  }

  /** A {@code workflow_dispatch} or {@code workflow_call} input. */
  public Event input(String inputName, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(inputs);
    more.put(inputName, Value.of(value));
    return new Event(name, ref, baseRef, headRef, changedPaths, action, cron, more, payload);
  }

  /** Sets one field of {@code github.event} by dotted path: {@code payload("pull_request.title", "Fix")}. */
  public Event payload(String dottedPath, Object value) {
    Map<String, Object> copy = deepCopy(payload);
    Map<String, Object> at = copy;
    String[] parts = dottedPath.split("\\.");
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = at.get(parts[i]);
      if (!(next instanceof Map)) {
        next = Value.object();
        at.put(parts[i], next);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> nested = (Map<String, Object>) next;
      at = nested;
    }
    at.put(parts[parts.length - 1], Value.of(value));
    return new Event(name, ref, baseRef, headRef, changedPaths, action, cron, inputs, copy);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    return (Map<String, Object>) Value.of(map);
  }

  /** The event name, as {@code github.event_name} reads it. */
  public String name() {
    return name;
  }

  /** {@code refs/heads/x} → {@code x}; {@code refs/tags/v1} → {@code v1}; {@code refs/pull/1/merge} → {@code 1/merge}. */
  String refName() {
    for (String prefix : List.of("refs/heads/", "refs/tags/", "refs/pull/")) {
      if (ref.startsWith(prefix)) return ref.substring(prefix.length());
    }
    return ref;
  }

  boolean isTag() {
    return ref.startsWith("refs/tags/");
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name).append(' ').append(ref);
    if (baseRef != null) s.append(" into ").append(baseRef);
    if (action != null) s.append(" (").append(action).append(')');
    if (cron != null) s.append(" cron '").append(cron).append('\'');
    if (!inputs.isEmpty()) s.append(" inputs ").append(inputs);
    if (!changedPaths.isEmpty()) s.append(" changing ").append(changedPaths);
    return s.toString();
  }
}
