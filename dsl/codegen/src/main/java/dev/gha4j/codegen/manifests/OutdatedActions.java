package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.Manifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code make actions-outdated}: for every manifest, the newest release in the same major version
 * and the newest overall, from one {@code git ls-remote --tags} per repository. It also reports a
 * pinned tag that now points to another commit than the manifest's.
 */
public final class OutdatedActions {
  private final ManifestStore store;
  private final GitHost host;

  /**
   * The command over a manifest directory and a git host.
   *
   * @param store the manifests
   * @param host  where their tags are listed
   */
  public OutdatedActions(ManifestStore store, GitHost host) {
    this.store = store;
    this.host = host;
  }

  /**
   * One manifest and the releases after it.
   *
   * @param manifest      the manifest
   * @param newestInMajor the newest release with the pinned major version, if newer than the pin
   * @param newest        the newest release overall, if newer than the pin
   * @param movedTo       the commit the pinned tag points to now, if not the pinned one
   * @param problem       why the repository's tags could not be listed, if they could not
   */
  public record Row(Manifest manifest, Optional<String> newestInMajor, Optional<String> newest,
      Optional<String> movedTo, Optional<String> problem) {
    /** {@return whether a newer release exists} */
    public boolean outdated() {
      return newestInMajor.isPresent() || newest.isPresent();
    }
  }

  /**
   * Every manifest's row.
   *
   * @param rows one per manifest, sorted by file
   */
  public record Report(List<Row> rows) {
    /** {@return whether some repository could not be listed} */
    public boolean failed() {
      return rows.stream().anyMatch(r -> r.problem().isPresent());
    }

    /** {@return an aligned table, then moved tags, problems and what to run next} */
    public List<String> lines() {
      List<String[]> cells = new ArrayList<>();
      cells.add(new String[] {"action", "pinned", "newest in major", "newest"});
      for (Row r : rows) {
        cells.add(new String[] {r.manifest().action(), r.manifest().version(),
            r.problem().isPresent() ? "?" : r.newestInMajor().orElse("-"), r.problem().isPresent() ? "?"
            : r.newest().orElse("-")});
      }
      List<String> lines = table(cells);
      for (Row r : rows) {
        r.movedTo().ifPresent(c -> lines.add("warning: tag " + r.manifest().version() + " of " + r.manifest().action()
            + " now points to " + c + ", not to the pinned " + r.manifest().sha() + "; the tag was moved after it "
            + "was pinned: check the action before trusting it"));
        r.problem().ifPresent(p -> lines.add("error: " + p));
      }
      long outdated = rows.stream().filter(Row::outdated).count();
      lines.add(outdated + " of " + rows.size() + " actions have newer releases"
          + (outdated == 0 ? "" : "; move one with make actions-bump ACTION=owner/repo [TO=vX.Y.Z]"));
      return lines;
    }
  }

  /**
   * Lists the newer releases of every manifest. A repository that cannot be listed is reported in
   * its rows; the others are still listed.
   *
   * @return one row per manifest
   * @throws ActionsException.HostUnreachable when the git host cannot be reached at all
   */
  public Report check() {
    Map<String, Tags> byRepository = new HashMap<>();
    Map<String, String> problems = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Manifest m : store.all()) {
      ActionName action = ActionName.parse(m.action());
      if (!byRepository.containsKey(action.repository()) && !problems.containsKey(action.repository())) {
        try {
          byRepository.put(action.repository(), host.tags(action));
        } catch (ActionsException.HostUnreachable e) {
          throw e;
        } catch (ActionsException e) {
          problems.put(action.repository(), e.getMessage());
        }
      }
      Tags tags = byRepository.get(action.repository());
      if (tags == null) {
        rows.add(new Row(m, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of(problems.get(action.repository()))));
        continue;
      }
      Optional<Version> pinned = Version.release(m.version());
      Optional<String> inMajor = Optional.empty();
      if (Version.majorOf(m.version()).isPresent()) {
        inMajor = tags.newestInMajor(Version.majorOf(m.version()).getAsInt())
            .filter(v -> pinned.isEmpty() || v.compareTo(pinned.get()) > 0).map(Version::tag);
      }
      Optional<String> newest = tags.newest().filter(v -> pinned.isEmpty() || v.compareTo(pinned.get()) > 0)
          .map(Version::tag);
      Optional<String> moved = tags.commit(m.version()).filter(c -> !c.equals(m.sha()));
      rows.add(new Row(m, inMajor, newest, moved, Optional.empty()));
    }
    return new Report(rows);
  }

  private static List<String> table(List<String[]> cells) {
    int[] widths = new int[4];
    for (String[] row : cells) {
      for (int i = 0; i < 4; i++) widths[i] = Math.max(widths[i], row[i].length());
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < 4; i++) line.append(i == 3 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
