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
  private static final Value.Dictionary EMPTY = new Value.Dictionary(Map.of());
  final String name;
  final String ref;
  final String baseRef;
  final String headRef;
  final List<String> changedPaths;
  final String action;
  final String cron;
  final Map<String, Value> inputs;
  final Value.Dictionary payload;

  private Event(String name, String ref, String baseRef, String headRef, List<String> changedPaths, String action,
      String cron, Map<String, Value> inputs, Value.Dictionary payload) {
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
    return new Event(name, ref, null, null, List.of(), null, null, new LinkedHashMap<>(), EMPTY);
  }

  /**
   * A push to a branch ({@code "main"}) or any full ref ({@code "refs/tags/v1.2.0"}).
   *
   * @param branchOrRef a branch name, or a ref starting with {@code refs/}
   * @return a push event changing no files until {@link #changing} says which
   */
  public static Event push(String branchOrRef) {
    return named("push", branchOrRef.startsWith("refs/") ? branchOrRef : "refs/heads/" + branchOrRef);
  }

  /**
   * A push of a tag, e.g. {@code pushTag("v1.2.0")}.
   *
   * @param tag the tag's name, without {@code refs/tags/}
   * @return a push event whose {@code github.ref} is {@code refs/tags/<tag>}
   */
  public static Event pushTag(String tag) {
    return named("push", "refs/tags/" + tag);
  }

  /**
   * A pull request into {@code baseBranch}, activity type {@code opened}, from branch
   * {@code feature}; the run's ref is {@code refs/pull/1/merge} as on GitHub.
   *
   * @param baseBranch the branch the pull request merges into ({@code github.base_ref})
   * @return a {@code pull_request} event; change its type with {@link #action}, its source with {@link #headBranch}
   */
  public static Event pullRequest(String baseBranch) {
    return new Event("pull_request", "refs/pull/1/merge", baseBranch, "feature", List.of(), "opened", null,
        new LinkedHashMap<>(), EMPTY);
  }

  /**
   * A {@code pull_request_target} event into {@code baseBranch}, type {@code opened}, from branch
   * {@code feature}; its ref is the base branch, as on GitHub.
   *
   * @param baseBranch the branch the pull request merges into
   * @return a {@code pull_request_target} event
   */
  public static Event pullRequestTarget(String baseBranch) {
    return new Event("pull_request_target", "refs/heads/" + baseBranch, baseBranch, "feature", List.of(), "opened",
        null, new LinkedHashMap<>(), EMPTY);
  }

  /**
   * A scheduled run for one of the workflow's cron expressions; it runs on the default branch.
   *
   * @param cron the {@code schedule} entry this run is for, as written, e.g. {@code "0 4 * * 1"};
   *             it triggers the workflow only when the workflow lists it ({@code github.event.schedule})
   * @return a {@code schedule} event on {@code refs/heads/main}
   */
  public static Event schedule(String cron) {
    return new Event("schedule", "refs/heads/main", null, null, List.of(), null, cron, new LinkedHashMap<>(), EMPTY);
  }

  /**
   * The "Run workflow" button on {@code main}; add inputs with {@link #input}.
   *
   * @return a {@code workflow_dispatch} event on {@code refs/heads/main} with no inputs
   */
  public static Event workflowDispatch() {
    return named("workflow_dispatch", "refs/heads/main");
  }

  /**
   * Any other event, with its webhook payload ({@code github.event}); {@code payload.action} is the
   * activity type that {@code types:} filters see.
   *
   * @param name    the event's name as {@code on:} lists it, e.g. {@code release} or {@code issue_comment}
   * @param payload the webhook payload, e.g. {@code Value.dictionary(Map.of("action", "published"))}
   * @return the event, on {@code refs/heads/main}
   */
  public static Event of(String name, Value.Dictionary payload) {
    Event e = named(name, "refs/heads/main");
    Value action = payload.get("action");
    return new Event(name, e.ref, null, null, List.of(), action.kind() == Value.Kind.NULL ? null : action.asText(), null,
        new LinkedHashMap<>(), payload);
  }

  /**
   * The files this push or pull request changes, which {@code paths:} and {@code paths-ignore:} filters see.
   *
   * @param paths relative to the repository root, e.g. {@code apps/backend/requirements.txt}; added to
   *              the paths given before
   * @return a copy changing these files too
   */
  public Event changing(String... paths) {
    List<String> all = new ArrayList<>(changedPaths);
    all.addAll(List.of(paths));
    return new Event(name, ref, baseRef, headRef, all, action, cron, inputs, payload);
  }

  /**
   * The activity type, which {@code types:} filters see ({@code github.event.action}).
   *
   * @param type e.g. {@code synchronize} or {@code closed} for a pull request
   * @return a copy with this activity type
   */
  public Event action(String type) {
    return new Event(name, ref, baseRef, headRef, changedPaths, type, cron, inputs, payload);
  }

  /**
   * The run's {@code github.ref}, for a run on another branch or tag than the event's default.
   *
   * @param fullRef a full ref, e.g. {@code refs/heads/release} for a dispatch on another branch
   * @return a copy on this ref
   */
  public Event ref(String fullRef) {
    return new Event(name, fullRef, baseRef, headRef, changedPaths, action, cron, inputs, payload);
  }

  /**
   * The pull request's source branch ({@code github.head_ref}), {@code feature} unless set.
   *
   * @param branch the branch name, without {@code refs/heads/}
   * @return a copy from this branch
   */
  public Event headBranch(String branch) {
    return new Event(name, ref, baseRef, branch, changedPaths, action, cron, inputs, payload);
  }

  /**
   * A {@code workflow_dispatch} or {@code workflow_call} input ({@code inputs.<name>}); inputs not
   * given take the workflow's defaults.
   *
   * @param inputName the input's name as the trigger declares it
   * @param value     its value, of the input's type
   * @return a copy with this input (replacing one of the same name)
   */
  public Event input(String inputName, Value value) {
    Map<String, Value> more = new LinkedHashMap<>(inputs);
    more.put(inputName, value);
    return new Event(name, ref, baseRef, headRef, changedPaths, action, cron, more, payload);
  }

  /**
   * A text input (a {@code string} or {@code choice} input).
   *
   * @param inputName the input's name
   * @param value     its text
   * @return a copy with this input
   */
  public Event input(String inputName, String value) {
    return input(inputName, Value.of(value));
  }

  /**
   * A boolean input.
   *
   * @param inputName the input's name
   * @param value     its value
   * @return a copy with this input
   */
  public Event input(String inputName, boolean value) {
    return input(inputName, Value.of(value));
  }

  /**
   * A number input.
   *
   * @param inputName the input's name
   * @param value     its value
   * @return a copy with this input
   */
  public Event input(String inputName, double value) {
    return input(inputName, Value.of(value));
  }

  /**
   * Sets one field of {@code github.event} by dotted path: {@code payload("pull_request.title", Value.of("Fix"))}.
   *
   * @param dottedPath member names joined by dots; missing objects on the way are created
   * @param value      the field's value
   * @return a copy with this field set
   */
  public Event payload(String dottedPath, Value value) {
    return new Event(name, ref, baseRef, headRef, changedPaths, action, cron, inputs,
        with(payload, List.of(dottedPath.split("\\.")), value));
  }

  /**
   * Sets one text field of {@code github.event}: {@code payload("pull_request.title", "Fix")}.
   *
   * @param dottedPath member names joined by dots
   * @param value      the field's text
   * @return a copy with this field set
   */
  public Event payload(String dottedPath, String value) {
    return payload(dottedPath, Value.of(value));
  }

  /**
   * Sets one boolean field of {@code github.event}: {@code payload("pull_request.draft", true)}.
   *
   * @param dottedPath member names joined by dots
   * @param value      the field's value
   * @return a copy with this field set
   */
  public Event payload(String dottedPath, boolean value) {
    return payload(dottedPath, Value.of(value));
  }

  /**
   * Sets one number field of {@code github.event}: {@code payload("pull_request.number", 7)}.
   *
   * @param dottedPath member names joined by dots
   * @param value      the field's value
   * @return a copy with this field set
   */
  public Event payload(String dottedPath, double value) {
    return payload(dottedPath, Value.of(value));
  }

  private static Value.Dictionary with(Value.Dictionary object, List<String> path, Value value) {
    String first = path.get(0);
    if (path.size() == 1) return object.with(first, value);
    Value next = object.member(first);
    Value.Dictionary nested = next instanceof Value.Dictionary d ? d : EMPTY;
    return object.with(first, with(nested, path.subList(1, path.size()), value));
  }

  /**
   * The event's name.
   *
   * @return the name as {@code github.event_name} reads it, e.g. {@code push} or {@code pull_request}
   */
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
