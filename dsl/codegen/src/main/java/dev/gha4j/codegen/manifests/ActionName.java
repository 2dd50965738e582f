package dev.gha4j.codegen.manifests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action as {@code uses:} names it: {@code owner/repo}, and a directory inside the repository
 * for actions that live in one ({@code github/codeql-action/init}).
 *
 * @param owner the repository's owner
 * @param repo  the repository
 * @param path  the directory of the action inside the repository, empty for the root
 */
public record ActionName(String owner, String repo, String path) {
  private static final String PART = "[A-Za-z0-9_.-]+";
  private static final Pattern NAME = Pattern.compile("(" + PART + ")/(" + PART + ")((?:/" + PART + ")*)");

  /**
   * Reads {@code owner/repo[/path]}.
   *
   * @param text the name as in {@code uses:}, without {@code @ref}
   * @return the name
   * @throws ActionsException when the text is not such a name
   */
  public static ActionName parse(String text) {
    Matcher m = NAME.matcher(text == null ? "" : text.trim());
    if (!m.matches() || ("/" + m.group() + "/").matches(".*/\\.{1,2}/.*")) {
      throw new ActionsException("'" + text + "' is not an action name: write owner/repo, or owner/repo/path for an "
          + "action in a directory of its repository (e.g. github/codeql-action/init)");
    }
    return new ActionName(m.group(1), m.group(2), m.group(3).isEmpty() ? "" : m.group(3).substring(1));
  }

  /** {@return {@code owner/repo}: the git repository the action lives in} */
  public String repository() {
    return owner + "/" + repo;
  }

  /** {@return the manifest's file name: slashes become {@code __}, as {@code ManifestReader} requires} */
  public String manifestFile() {
    return toString().replace("/", "__") + ".yml";
  }

  /**
   * Whether {@code selector} names this action or its whole repository (so {@code
   * github/codeql-action} selects {@code github/codeql-action/init} too). GitHub ignores case.
   *
   * @param selector {@code owner/repo} or {@code owner/repo/path}
   * @return whether it selects this action
   */
  public boolean isSelectedBy(String selector) {
    return selector.equalsIgnoreCase(toString()) || selector.equalsIgnoreCase(repository());
  }

  /** {@code owner/repo[/path]}. */
  @Override
  public String toString() {
    return path.isEmpty() ? repository() : repository() + "/" + path;
  }
}
