package dev.gha4j.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed in one job between two versions of its workflow; a job added is compared with an empty one. */
final class JobDiff {
  private final JobView before;
  private final JobView after;
  private final boolean added;
  private final String id;
  private final List<Finding> out;

  private JobDiff(JobView before, JobView after, boolean added, List<Finding> out) {
    this.before = before;
    this.after = after;
    this.added = added;
    this.id = after.id();
    this.out = out;
  }

  /**
   * Adds the findings of {@code before} → {@code after} to {@code out}; {@code before} is null for a
   * job the change adds (then only what gives it power is listed: permissions, secrets,
   * environment, concurrency). {@code inheritedBefore}/{@code inheritedAfter} are the workflow's
   * permissions, which a job without its own inherits.
   */
  static void compare(JobView before, JobView after, Permissions inheritedBefore, Permissions inheritedAfter,
      List<Finding> out) {
    JobDiff diff = new JobDiff(before == null ? JobView.empty(after.id()) : before, after, before == null, out);
    diff.permissions(inheritedBefore, inheritedAfter);
    diff.secrets();
    diff.security("environment", diff.before.environment(), after.environment());
    diff.security("concurrency", diff.before.concurrency(), after.concurrency());
    if (diff.added) return;
    if (!Objects.equals(before.name(), after.name())) {
      diff.add(false, "", " renamed: " + value(before.displayName()) + " → " + value(after.displayName()));
    }
    diff.changed("condition of ", "", text(before.condition()), text(after.condition()));
    diff.changed("timeout of ", "", before.timeout(), after.timeout());
    diff.settings("", before.settings(), after.settings());
    diff.steps();
  }

  private void permissions(Permissions inheritedBefore, Permissions inheritedAfter) {
    Permissions now = after.effectivePermissions(inheritedAfter);
    if (added) {
      add(true, "permissions of new ", ": " + describe(now));
      return;
    }
    Permissions was = before.effectivePermissions(inheritedBefore);
    if (now.repositoryDefault() || was.repositoryDefault()) {
      if (now.repositoryDefault() && !was.repositoryDefault()) {
        add(true, "permissions widened: " + describe(now) + " in ", "");
      }
      return;
    }
    for (String scope : Permissions.scopesOf(was, now)) {
      Access from = was.of(scope);
      Access to = now.of(scope);
      if (from == to) continue;
      boolean widened = to.compareTo(from) > 0;
      add(widened, "permissions " + (widened ? "widened" : "narrowed") + ": " + Markdown.code(scope) + " "
          + from.word() + " → " + to.word() + " in ", "");
    }
  }

  private static String describe(Permissions p) {
    if (p.repositoryDefault()) {
      return "the repository's default token, which may write everything (no `permissions` on the job nor the workflow),";
    }
    List<String> granted = new ArrayList<>();
    for (String scope : new TreeSet<>(p.scopes().keySet())) {
      if (p.of(scope) != Access.NONE) granted.add(scope + ": " + p.of(scope).word());
    }
    return granted.isEmpty() ? "none" : Markdown.code(String.join(", ", granted));
  }

  private void secrets() {
    for (String secret : after.secrets()) {
      if (!before.secrets().contains(secret)) {
        String name = secret.equals("*") ? "a secret chosen by an expression (`secrets[...]`)" : "secret " + Markdown.code(secret);
        add(true, name + " newly referenced in ", "");
      }
    }
    if (after.inheritsSecrets() && !before.inheritsSecrets()) {
      add(true, "every secret passed to the called workflow (`secrets: inherit`) in ", "");
    }
  }

  private void security(String what, String was, String now) {
    if (was.equals(now)) return;
    add(true, what + " of " + (added ? "new " : ""), " changed: " + value(was) + " → " + value(now));
  }

  /** {@code <prefix>job `x`<suffix> changed: `was` → `now`}, when they differ. */
  private void changed(String prefix, String suffix, String was, String now) {
    if (!Objects.equals(was, now)) add(false, prefix, suffix + " changed: " + value(was) + " → " + value(now));
  }

  private void add(boolean security, String prefix, String suffix) {
    out.add(Finding.about(id, security, prefix, suffix));
  }

  /** {@code other settings of <where>job `x` changed: …}; {@code where} names a step of the job, or is empty. */
  private void settings(String where, Map<String, String> was, Map<String, String> now) {
    TreeSet<String> keys = new TreeSet<>(was.keySet());
    keys.addAll(now.keySet());
    List<String> changed = new ArrayList<>();
    for (String key : keys) if (!Objects.equals(was.get(key), now.get(key))) changed.add(Markdown.code(key));
    if (!changed.isEmpty()) add(false, "other settings of " + where, " changed: " + String.join(", ", changed));
  }

  private void steps() {
    Map<String, StepView> was = byKey(before.steps());
    Map<String, StepView> now = byKey(after.steps());
    for (StepView step : before.steps()) {
      if (!now.containsKey(step.key())) add(false, "step removed from ", ": " + value(step.label()));
    }
    for (StepView step : after.steps()) {
      StepView old = was.get(step.key());
      if (old == null) {
        add(false, "step added to ", ": " + value(step.label()));
        continue;
      }
      String where = "step " + value(step.label()) + " in ";
      script(where, old.run(), step.run());
      changed("condition of " + where, "", text(old.condition()), text(step.condition()));
      changed("timeout of " + where, "", old.timeout(), step.timeout());
      settings(where, old.settings(), step.settings());
    }
  }

  private void script(String where, String was, String now) {
    if (Objects.equals(was, now)) return;
    if (was == null || now == null) {
      add(false, where, now == null ? " no longer runs a script" : " now runs a script");
      return;
    }
    List<String> wasLines = was.lines().toList();
    List<String> nowLines = now.lines().toList();
    if (wasLines.equals(nowLines)) return; // only a final line break came or went
    int addedLines = 0;
    int removedLines = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(wasLines, nowLines).getDeltas()) {
      addedLines += delta.getTarget().size();
      removedLines += delta.getSource().size();
    }
    add(false, "script of " + where, " changed (+" + addedLines + " −" + removedLines + " lines)");
  }

  private static Map<String, StepView> byKey(List<StepView> steps) {
    Map<String, StepView> map = new LinkedHashMap<>();
    for (StepView s : steps) map.put(s.key(), s);
    return map;
  }

  private static String text(Condition c) {
    return c == null ? null : c.text();
  }

  /** A value in a code span, or {@code (none)}. */
  static String value(String text) {
    return text == null || text.isEmpty() ? "(none)" : Markdown.code(text);
  }
}
