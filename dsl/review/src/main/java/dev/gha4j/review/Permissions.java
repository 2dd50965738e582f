package dev.gha4j.review;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The token permissions in force for a job: a level per scope, a scope a map does not name being
 * {@code none}. {@code repositoryDefault} when neither the job nor the workflow sets
 * {@code permissions}: then the repository's setting decides, which may be write to every scope.
 *
 * @param scopes            scope name to level, for the scopes named or implied ({@code write-all})
 * @param repositoryDefault true when no {@code permissions} applies at all
 */
record Permissions(Map<String, Access> scopes, boolean repositoryDefault) {
  /** The scopes GitHub knows today; {@code read-all} and {@code write-all} grant each of them. */
  static final List<String> SCOPES = List.of("actions", "attestations", "checks", "contents", "deployments",
      "discussions", "id-token", "issues", "models", "packages", "pages", "pull-requests", "repository-projects",
      "security-events", "statuses");

  /** No {@code permissions} on the job nor the workflow. */
  static final Permissions REPOSITORY_DEFAULT = new Permissions(Map.of(), true);

  Permissions {
    scopes = Map.copyOf(scopes);
  }

  /** Reads a {@code permissions} value; {@code where} names it in errors ({@code jobs.build.permissions}). */
  static Permissions read(JsonNode node, String where) {
    if (node.isNull()) return new Permissions(Map.of(), false); // `permissions:` alone, like {}
    if (node.isString()) {
      String word = node.asString();
      Access all = switch (word) {
        case "write-all" -> Access.WRITE;
        case "read-all" -> Access.READ;
        default -> throw new IllegalArgumentException(where + ": '" + word
            + "' is not a permissions value; use read-all, write-all or a map of scopes");
      };
      Map<String, Access> scopes = new TreeMap<>();
      for (String scope : SCOPES) scopes.put(scope, all);
      return new Permissions(scopes, false);
    }
    if (!node.isObject()) throw new IllegalArgumentException(where + ": expected read-all, write-all or a map of scopes");
    Map<String, Access> scopes = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Access level = Access.parse(e.getValue().asString(""));
      if (level == null) {
        throw new IllegalArgumentException(where + "." + e.getKey() + ": '" + e.getValue().asString("")
            + "' is not a level; use read, write or none");
      }
      scopes.put(e.getKey(), level);
    }
    return new Permissions(scopes, false);
  }

  /** The level of {@code scope}; {@code none} for a scope an explicit map does not name. */
  Access of(String scope) {
    return scopes.getOrDefault(scope, Access.NONE);
  }

  /** Every scope worth comparing: the known ones and any other this value names. */
  static TreeSet<String> scopesOf(Permissions a, Permissions b) {
    TreeSet<String> all = new TreeSet<>(SCOPES);
    all.addAll(a.scopes.keySet());
    all.addAll(b.scopes.keySet());
    return all;
  }
}
