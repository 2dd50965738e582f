package dev.gha4j.codegen.manifests;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags of a repository, each resolved to the commit it names, as {@code git ls-remote --tags}
 * lists them. An annotated tag is listed twice, as the tag object and peeled ({@code ^{}}) to its
 * commit; the commit is what gets pinned, because {@code uses:} resolves a tag to the commit too.
 *
 * @param commits tag name to commit SHA
 */
public record Tags(Map<String, String> commits) {
  private static final String PREFIX = "refs/tags/";
  private static final String PEELED = "^{}";

  /**
   * Copies the map.
   *
   * @param commits tag name to commit SHA
   */
  public Tags {
    commits = Map.copyOf(commits);
  }

  /**
   * Reads the output of {@code git ls-remote --tags}.
   *
   * @param lsRemote {@code <sha> TAB refs/tags/<name>[^{}]} per line
   * @return the tags
   */
  public static Tags parse(String lsRemote) {
    Map<String, String> objects = new LinkedHashMap<>();
    Map<String, String> peeled = new LinkedHashMap<>();
    for (String line : lsRemote.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab < 0 || !line.startsWith(PREFIX, tab + 1)) continue;
      String sha = line.substring(0, tab).trim();
      String ref = line.substring(tab + 1 + PREFIX.length()).trim();
      if (ref.endsWith(PEELED)) peeled.put(ref.substring(0, ref.length() - PEELED.length()), sha);
      else objects.put(ref, sha);
    }
    objects.putAll(peeled);
    return new Tags(objects);
  }

  /**
   * The commit a tag names.
   *
   * @param tag the tag
   * @return its commit, or empty when the repository has no such tag
   */
  public Optional<String> commit(String tag) {
    return Optional.ofNullable(commits.get(tag));
  }

  /** {@return the newest release ({@code vX.Y.Z}), if any} */
  public Optional<Version> newest() {
    return releases().stream().max(Comparator.naturalOrder());
  }

  /**
   * The newest release of one major version.
   *
   * @param major the major version
   * @return its newest release, if any
   */
  public Optional<Version> newestInMajor(int major) {
    return releases().stream().filter(v -> v.major() == major).max(Comparator.naturalOrder());
  }

  /** {@return the releases, newest first} */
  public List<Version> releases() {
    return commits.keySet().stream().map(Version::release).flatMap(Optional::stream)
        .sorted(Comparator.reverseOrder()).toList();
  }

  /**
   * Release tags for a message.
   *
   * @param n how many at most
   * @return the newest, joined: {@code v1.1.0, v1.0.0}
   */
  public String newestNames(int n) {
    List<String> names = releases().stream().limit(n).map(Version::tag).toList();
    return names.isEmpty() ? "none (no vX.Y.Z tags)" : String.join(", ", names);
  }
}
