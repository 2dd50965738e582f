package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code make adopt-bumps}: a Dependabot (or Renovate github-actions) pull request edits the
 * generated YAML's {@code uses: owner/repo@<sha> # vX.Y.Z} lines; this writes those versions into
 * the manifests, so that {@code make generate} produces the bot's YAML again and the pull request
 * turns green. With the git host reachable, it checks that each tag still points to the bot's
 * commit and re-reads {@code action.yml} as {@link BumpActions} does; without it, it takes the
 * version and commit as they are and says so.
 */
public final class AdoptBumps {
  private final ManifestStore store;
  private final GitHost host;

  /**
   * The command over a manifest directory and a git host.
   *
   * @param store the manifests and classes
   * @param host  where releases are read from, when reachable
   */
  public AdoptBumps(ManifestStore store, GitHost host) {
    this.store = store;
    this.host = host;
  }

  /**
   * One manifest moved to what a workflow line pins.
   *
   * @param bump the move
   * @param from the workflow line it was taken from
   */
  public record Adoption(BumpActions.Bump bump, PinnedUses from) {}

  /**
   * What was adopted.
   *
   * @param adoptions the manifests moved, with their changes where action.yml was re-read
   * @param notes     manifests moved without re-reading (host unreachable), and actions left alone
   */
  public record Adopted(List<Adoption> adoptions, List<String> notes) {
    /** {@return what the command prints} */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      if (adoptions.isEmpty()) lines.add("the manifests already pin what the workflows use; nothing to adopt");
      for (Adoption a : adoptions) {
        List<String> bump = a.bump().lines();
        lines.add(bump.get(0) + " from " + a.from().where());
        lines.addAll(bump.subList(1, bump.size()));
      }
      notes.forEach(note -> lines.add("note: " + note));
      if (!adoptions.isEmpty()) lines.add("next: make generate, then make test");
      return lines;
    }
  }

  /**
   * Adopts the versions the workflows in {@code workflows} pin.
   *
   * @param workflows the directory of generated workflow files
   * @return the manifests moved, and notes
   * @throws ActionsException when two lines pin one action at different versions, a tag does not
   *     exist or points elsewhere, or a file cannot be written; nothing is written then
   */
  public Adopted adopt(Path workflows) {
    Map<String, Manifest> manifests = store.all().stream()
        .collect(Collectors.toMap(Manifest::action, m -> m, (a, b) -> a, LinkedHashMap::new));
    List<Adoption> adoptions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, List<PinnedUses>> entry : changedPins(workflows, manifests, notes).entrySet()) {
      Manifest before = manifests.get(entry.getKey());
      PinnedUses pin = entry.getValue().get(0);
      ActionName action = ActionName.parse(before.action());
      BumpActions.Bump bump;
      try {
        bump = BumpActions.Bump.of(before, Release.read(host, action, host.tags(action), pin.version(), pin.sha(),
            pin.where()));
      } catch (ActionsException.HostUnreachable e) {
        Manifest after = before.pinnedTo(pin.version(), pin.sha());
        bump = new BumpActions.Bump(before, after, ManifestChanges.between(before, after), List.of());
        notes.add(before.action() + " moved to " + pin.version() + " without re-reading action.yml (" + e.getMessage()
            + "); later, with the network: make actions-bump ACTION=" + before.action() + " TO=" + pin.version());
      }
      adoptions.add(new Adoption(bump, pin));
    }
    store.save(adoptions.stream().map(a -> a.bump().after()).toList());
    return new Adopted(adoptions, notes);
  }

  /**
   * The lines that pin a bound action at another version or commit than its manifest, by action.
   * A bot moves every line of an action at once, so all such lines must agree; an action some of
   * whose lines still pin the manifest's release is a step pinned by hand next to the binding
   * (the importer writes such steps), and is left alone with a note.
   */
  private static Map<String, List<PinnedUses>> changedPins(Path workflows, Map<String, Manifest> manifests,
      List<String> notes) {
    Map<String, List<PinnedUses>> changed = new LinkedHashMap<>();
    Map<String, PinnedUses> unchanged = new LinkedHashMap<>();
    for (PinnedUses pin : PinnedUses.in(workflows)) {
      Manifest m = manifests.get(pin.action());
      if (m == null) continue;
      if (m.sha().equals(pin.sha()) && m.version().equals(pin.version())) unchanged.putIfAbsent(pin.action(), pin);
      else changed.computeIfAbsent(pin.action(), a -> new ArrayList<>()).add(pin);
    }
    for (List<PinnedUses> pins : changed.values()) {
      PinnedUses first = pins.get(0);
      Optional<PinnedUses> other = pins.stream()
          .filter(p -> !p.sha().equals(first.sha()) || !p.version().equals(first.version())).findFirst();
      if (other.isPresent()) {
        throw new ActionsException(first.where() + " pins " + first.action() + " at " + first.version() + " but "
            + other.get().where() + " at " + other.get().version() + "; make the workflows agree on one release, then "
            + "run make adopt-bumps again. Nothing was changed.");
      }
    }
    changed.keySet().removeIf(action -> {
      PinnedUses kept = unchanged.get(action);
      if (kept == null) return false;
      notes.add(action + " left at " + kept.version() + ": " + changed.get(action).get(0).where() + " pins "
          + changed.get(action).get(0).version() + " but " + kept.where() + " still pins the manifest's release, so "
          + "that step was pinned by hand, not by a bot");
      return true;
    });
    return changed;
  }
}
