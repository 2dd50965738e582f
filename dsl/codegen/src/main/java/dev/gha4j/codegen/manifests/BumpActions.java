package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.DisplayPath;
import dev.gha4j.codegen.Manifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code make actions-bump [ACTION=owner/repo] [TO=vX.Y.Z]}: moves manifests to another release
 * (the newest unless {@code TO} says), re-reads {@code action.yml} there, and regenerates the
 * classes. Bumping to the release already pinned re-reads its inputs and checks that the tag still
 * points to the pinned commit (after a Renovate pull request, for example).
 */
public final class BumpActions {
  private final ManifestStore store;
  private final GitHost host;

  /**
   * The command over a manifest directory and a git host.
   *
   * @param store the manifests and classes
   * @param host  where releases are read from
   */
  public BumpActions(ManifestStore store, GitHost host) {
    this.store = store;
    this.host = host;
  }

  /**
   * One manifest moved (or re-read).
   *
   * @param before  the manifest as it was
   * @param after   the manifest as written
   * @param changes what changed for pipelines
   * @param notes   the action's own deprecation message of each newly deprecated input, as
   *                {@code name: message}; printed, never written to the manifest
   */
  public record Bump(Manifest before, Manifest after, ManifestChanges changes, List<String> notes) {
    /** {@code before} moved to {@code release}. */
    static Bump of(Manifest before, Release release) {
      Manifest after = ManifestDerivation.update(before, release);
      ManifestChanges changes = ManifestChanges.between(before, after);
      List<String> notes = new ArrayList<>();
      for (ActionMetadata.ActionInput input : release.metadata().inputs()) {
        boolean newlyDeprecated = changes.newlyDeprecated().stream().anyMatch(i -> i.name().equals(input.name()));
        if (newlyDeprecated && input.deprecationMessage() != null) {
          notes.add(input.name() + ": " + input.deprecationMessage().lines().findFirst().orElse("").strip());
        }
      }
      return new Bump(before, after, changes, notes);
    }

    /** {@return the printed lines: the move, then one per change} */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      boolean moved = !before.version().equals(after.version()) || !before.sha().equals(after.sha());
      lines.add(after.action() + " " + (moved ? before.version() + " -> " + after.version() + " (commit "
          + after.sha() + ")" : after.version() + (changes.isEmpty() ? ": up to date" : ": re-read")));
      changes.lines().forEach(line -> lines.add("  " + line));
      notes.forEach(note -> lines.add("    " + note));
      return lines;
    }
  }

  /**
   * What a bump did.
   *
   * @param bumps    the manifests moved or re-read
   * @param upToDate manifests left alone because they already pin their newest release (bumping
   *                 every action skips re-reading those)
   */
  public record Bumped(List<Bump> bumps, List<Manifest> upToDate) {
    /** {@return what the command prints} */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      bumps.forEach(b -> lines.addAll(b.lines()));
      if (!upToDate.isEmpty()) lines.add(upToDate.size() + " more already pin their newest release");
      if (bumps.stream().anyMatch(b -> !b.before().equals(b.after()))) {
        lines.add("next: make generate, then review the YAML diff and fix what no longer compiles");
      }
      return lines;
    }
  }

  /**
   * Bumps the selected manifests and saves them all at once.
   *
   * @param selector {@code owner/repo} or {@code owner/repo/path}, or null for every manifest
   * @param to       the release tag, or null for the newest release; needs a selector
   * @return the manifests moved or re-read, and those already up to date
   * @throws ActionsException for an unknown action or tag, a moved tag, or a network failure;
   *     nothing is written then
   */
  public Bumped bump(String selector, String to) {
    boolean all = selector == null || selector.isBlank();
    boolean explicit = to != null && !to.isBlank();
    if (all && explicit) {
      throw new ActionsException("TO=" + to + " needs ACTION=owner/repo: one release tag cannot fit every action");
    }
    List<Manifest> selected = store.all().stream()
        .filter(m -> all || ActionName.parse(m.action()).isSelectedBy(selector.strip())).toList();
    if (selected.isEmpty()) {
      String dir = DisplayPath.of(store.manifests());
      throw new ActionsException(all ? "no manifests in " + dir : "no manifest for " + selector + " in " + dir
          + "; add one with make action USES=" + selector + "@<tag>");
    }
    Map<String, Tags> byRepository = new HashMap<>();
    List<Bump> bumps = new ArrayList<>();
    List<Manifest> upToDate = new ArrayList<>();
    for (Manifest before : selected) {
      ActionName action = ActionName.parse(before.action());
      Tags tags = byRepository.computeIfAbsent(action.repository(), r -> host.tags(action));
      String target = explicit ? to.strip() : newest(tags, before);
      boolean same = target.equals(before.version());
      if (same && all && tags.commit(target).filter(before.sha()::equals).isPresent()) {
        upToDate.add(before);
        continue;
      }
      bumps.add(Bump.of(before, Release.read(host, action, tags, target, same ? before.sha() : null, before.file())));
    }
    store.save(bumps.stream().map(Bump::after).toList());
    return new Bumped(bumps, upToDate);
  }

  /** The newest release, or the pinned one when nothing newer exists (never a step back). */
  private static String newest(Tags tags, Manifest pinned) {
    Version newest = tags.newest().orElseThrow(() -> new ActionsException(pinned.action() + ": "
        + ActionName.parse(pinned.action()).repository() + " has no release tags (vX.Y.Z); name one with TO=<tag>"));
    return Version.release(pinned.version()).filter(v -> v.compareTo(newest) >= 0).isPresent()
        ? pinned.version() : newest.tag();
  }
}
