package dev.gha4j.codegen.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where actions are fetched from: a git host's base URL ({@value #GITHUB} unless set), under which
 * {@code owner/repo} is the repository {@code <base>/owner/repo.git}. Only git's smart protocol is
 * used (ls-remote, a shallow fetch of one tag), so any git server works, a local directory of bare
 * repositories too ({@code file:///path}), which is what the tests use.
 */
public final class GitHost {
  /** The default base URL. */
  public static final String GITHUB = "https://github.com";

  private static final Pattern UNREACHABLE = Pattern.compile("(?i)could not resolve|failed to connect|connection "
      + "(refused|reset|timed out)|network is unreachable|operation timed out|no route to host|ssl|proxy");
  private static final Pattern NO_REPOSITORY = Pattern.compile("(?i)not found|does not appear to be a git repository"
      + "|could not read username|authentication failed|access denied|no such file");

  private final String baseUrl;

  /**
   * A host by its base URL.
   *
   * @param baseUrl e.g. {@code https://github.com}, {@code https://ghe.example.com}, {@code file:///srv/git}
   */
  public GitHost(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) throw new ActionsException("the git host's base URL is empty");
    this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
  }

  /**
   * The repository URL of an action.
   *
   * @param action the action
   * @return {@code <base>/owner/repo.git}
   */
  public String url(ActionName action) {
    return baseUrl + "/" + action.repository() + ".git";
  }

  /**
   * The tags of the action's repository, each peeled to its commit.
   *
   * @param action the action
   * @return its repository's tags
   * @throws ActionsException when the repository does not exist or git fails
   * @throws ActionsException.HostUnreachable when the host cannot be reached
   */
  public Tags tags(ActionName action) {
    Git.Result listed = Git.run(null, "ls-remote", "--tags", url(action));
    if (!listed.ok()) throw failure(action, "ls-remote", listed);
    return Tags.parse(listed.out());
  }

  /**
   * The action's metadata file ({@code action.yml}, else {@code action.yaml}) at {@code tag}: one
   * shallow fetch of the tag into a temporary repository, deleted afterwards.
   *
   * @param action the action
   * @param tag    the tag to read at
   * @return the file, with the commit the tag resolved to
   * @throws ActionsException when the tag or the file does not exist, or git fails
   * @throws ActionsException.HostUnreachable when the host cannot be reached
   */
  public ActionFile actionFile(ActionName action, String tag) {
    Path repository = temporaryRepository();
    try {
      Git.Result fetched = Git.run(repository, "fetch", "-q", "--depth", "1", "--no-tags", url(action),
          "refs/tags/" + tag);
      if (!fetched.ok() && fetched.err().contains("couldn't find remote ref")) {
        throw new ActionsException(action.repository() + " has no tag '" + tag + "'");
      }
      if (!fetched.ok()) throw failure(action, "fetch", fetched);
      String commit = Git.run(repository, "rev-parse", "--verify", "FETCH_HEAD^{commit}").out().strip();
      String tree = action.path().isEmpty() ? commit + "^{tree}" : commit + ":" + action.path();
      Git.Result listed = Git.run(repository, "ls-tree", "--name-only", tree);
      List<String> names = listed.ok() ? listed.out().lines().toList() : List.of();
      String name = names.contains("action.yml") ? "action.yml" : names.contains("action.yaml") ? "action.yaml" : null;
      if (name == null) {
        throw new ActionsException(action + "@" + tag + " has no action.yml or action.yaml "
            + (action.path().isEmpty() ? "at the repository's root" : "in " + action.path() + "/")
            + "; is it an action? (a reusable workflow is called from a job, not used as a step)");
      }
      String path = action.path().isEmpty() ? name : action.path() + "/" + name;
      Git.Result file = Git.run(repository, "cat-file", "blob", commit + ":" + path);
      if (!file.ok()) throw failure(action, "cat-file", file);
      return new ActionFile(tag, commit, path, file.out());
    } finally {
      delete(repository);
    }
  }

  /** The host part of messages; a token in the URL ({@code https://x:token@host}) is not shown. */
  private String shown() {
    return baseUrl.replaceFirst("//[^/@]*@", "//");
  }

  private ActionsException failure(ActionName action, String command, Git.Result result) {
    String reason = result.reason();
    if (UNREACHABLE.matcher(result.err()).find()) {
      return new ActionsException.HostUnreachable("cannot reach " + shown() + " to read " + action.repository() + ": "
          + reason + "; check the network, or set GIT_HOST to a host you can reach");
    }
    if (NO_REPOSITORY.matcher(result.err()).find()) {
      return new ActionsException("no repository " + action.repository() + " at " + shown() + " (" + reason
          + "); check the action's name");
    }
    return new ActionsException("git " + command + " of " + action.repository() + " at " + shown() + " failed: "
        + reason);
  }

  private static Path temporaryRepository() {
    try {
      Path dir = Files.createTempDirectory("gha4j-action-");
      Git.Result init = Git.run(dir, "init", "-q", "--bare");
      if (!init.ok()) throw new ActionsException("git init in " + dir + " failed: " + init.reason());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the result is what matters.
    }
  }

  @Override
  public String toString() {
    return shown();
  }
}
