package dev.gha4j.codegen.manifests;

/**
 * One release of an action, read from its git host: the tag, the commit it resolves to, and the
 * metadata at that commit.
 *
 * @param action   the action
 * @param tag      the release tag
 * @param commit   the commit the tag resolves to (annotated tags peeled)
 * @param file     the metadata file's path in the repository ({@code action.yml}, {@code init/action.yaml})
 * @param metadata what the file says
 */
public record Release(ActionName action, String tag, String commit, String file, ActionMetadata metadata) {

  /**
   * Reads the release {@code tag} of {@code action}: the tag's commit, checked against the commit
   * it was pinned to (if any), and the metadata file at that commit.
   *
   * @param host         where the action lives
   * @param action       the action
   * @param tags         the repository's tags, as just listed
   * @param tag          the release to read
   * @param pinnedCommit the commit something already pins for {@code tag}, or null
   * @param pinnedWhere  what pins it, for the message (a manifest file, a workflow line)
   * @return the release
   * @throws ActionsException when the tag does not exist, has moved, or has no metadata file
   */
  public static Release read(GitHost host, ActionName action, Tags tags, String tag, String pinnedCommit,
      String pinnedWhere) {
    String commit = tags.commit(tag).orElseThrow(() -> new ActionsException(action.repository() + " has no tag '"
        + tag + "'; its newest releases: " + tags.newestNames(5)));
    if (pinnedCommit != null && !pinnedCommit.equals(commit)) {
      throw new ActionsException("tag " + tag + " of " + action.repository() + " now points to commit "
          + commit + ", but " + pinnedWhere + " pins it at " + pinnedCommit + ": the tag was moved after it was "
          + "pinned, and a moved tag can carry other code. Nothing was changed. Compare the two commits and read "
          + "the action's release notes; pin the new commit only once you trust it.");
    }
    ActionFile file = host.actionFile(action, tag);
    if (!file.commit().equals(commit)) {
      throw new ActionsException("tag " + tag + " of " + action.repository() + " moved while it was read (from "
          + commit + " to " + file.commit() + "); nothing was changed. Try again later, and check the action's "
          + "release notes.");
    }
    return new Release(action, tag, commit, file.path(),
        ActionMetadata.parse(file.text(), action.repository() + "@" + tag + ":" + file.path()));
  }
}
