package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.DisplayPath;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code make action USES=owner/repo[/path]@vX.Y.Z}: gives an action a manifest and a typed
 * binding, from its {@code action.yml} at that tag, pinned to the tag's commit.
 */
public final class AddAction {
  private final ManifestStore store;
  private final GitHost host;

  /**
   * The command over a manifest directory and a git host.
   *
   * @param store where manifests and classes go
   * @param host  where actions are read from
   */
  public AddAction(ManifestStore store, GitHost host) {
    this.store = store;
    this.host = host;
  }

  /**
   * What was added.
   *
   * @param manifest the new manifest
   * @param release  the release it was made from
   * @param saved    the files written
   */
  public record Added(Manifest manifest, Release release, ManifestStore.Saved saved) {
    /** {@return what the command prints} */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("added " + manifest.action() + " " + manifest.version() + " (commit " + manifest.sha() + ", "
          + manifest.runtime() + "): " + count(manifest.inputs().size(), "input") + typed() + ", "
          + count(manifest.outputs().size(), "output"));
      saved.manifests().forEach(p -> lines.add("  wrote " + DisplayPath.of(p)));
      saved.classes().forEach(p -> lines.add("  wrote " + DisplayPath.of(p)));
      lines.add("  use it: " + usage());
      for (ActionMetadata.ActionInput input : release.metadata().inputs()) {
        if (input.deprecationMessage() != null) {
          lines.add("  note: input " + input.name() + " is deprecated: "
              + input.deprecationMessage().lines().findFirst().orElse("").strip());
        }
      }
      lines.add("  next: check the inferred types, give each input a one-line summary in your own words, "
          + "then run `make generate`");
      return lines;
    }

    private static String count(int n, String what) {
      return n + " " + what + (n == 1 ? "" : "s");
    }

    private String typed() {
      Map<String, Long> counts = manifest.inputs().stream().filter(i -> i.type() != Type.STRING)
          .collect(Collectors.groupingBy(i -> i.type().name().toLowerCase(Locale.ROOT), TreeMap::new,
              Collectors.counting()));
      if (counts.isEmpty()) return ", all typed string";
      List<String> parts = new ArrayList<>();
      counts.forEach((type, n) -> parts.add(n + " " + type));
      return " (" + String.join(", ", parts) + ", the rest string)";
    }

    private String usage() {
      List<String> args = manifest.mandatoryInputs().stream().map(Input::javaName).toList();
      return manifest.className() + ".of(" + String.join(", ", args) + ")";
    }
  }

  /**
   * Adds the manifest and generates the class.
   *
   * @param uses      {@code owner/repo[/path]@tag}; without {@code @tag}, the newest release
   * @param className the class name, or null to derive one from the name ({@code acme/hello} gives {@code Hello})
   * @return what was added
   * @throws ActionsException for a bad name, an unknown tag, an action that has a manifest already,
   *     a repository without {@code action.yml}, or a network failure; nothing is written then
   */
  public Added add(String uses, String className) {
    String text = uses == null ? "" : uses.strip();
    int at = text.lastIndexOf('@');
    ActionName action = ActionName.parse(at < 0 ? text : text.substring(0, at));
    String tag = at < 0 ? null : text.substring(at + 1);
    if (tag != null && (tag.isEmpty() || !tag.matches("[A-Za-z0-9_.+/-]+"))) {
      throw new ActionsException("'" + tag + "' is not a tag; write USES=" + action + "@vX.Y.Z");
    }
    List<Manifest> existing = store.all();
    for (Manifest m : existing) {
      if (m.action().equalsIgnoreCase(action.toString())) {
        throw new ActionsException(action + " already has a manifest (" + m.file() + ", " + m.version()
            + "); to move it to another release: make actions-bump ACTION=" + action
            + (tag == null ? "" : " TO=" + tag));
      }
    }
    Tags tags = host.tags(action);
    String release = tag != null ? tag : tags.newest().map(Version::tag).orElseThrow(() -> new ActionsException(
        action.repository() + " has no release tags (vX.Y.Z); name the tag to pin: USES=" + action + "@<tag>"));
    Release read = Release.read(host, action, tags, release, null, null);
    Set<String> taken = existing.stream().map(Manifest::className).collect(Collectors.toSet());
    String name = className != null && !className.isBlank() ? className.strip() : BindingNames.className(action, taken);
    Manifest manifest = ManifestDerivation.create(read, name);
    return new Added(manifest, read, store.save(List.of(manifest)));
  }
}
