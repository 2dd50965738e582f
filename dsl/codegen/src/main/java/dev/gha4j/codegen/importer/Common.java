package dev.gha4j.codegen.importer;

import dev.gha4j.model.Access;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import java.util.Map;
import java.util.Set;

/** Keys that workflows and jobs share: permissions, concurrency, defaults. */
final class Common {
  private Common() {}

  static Permissions permissions(Node value) {
    if (!value.isMap()) {
      return switch (value.text()) {
        case "read-all" -> Permissions.readAll();
        case "write-all" -> Permissions.writeAll();
        default -> throw value.fail("expected read-all, write-all or a mapping of scopes");
      };
    }
    Map<String, Node> scopes = value.entries();
    if (scopes.isEmpty()) return Permissions.none();
    Permissions p = null;
    for (Map.Entry<String, Node> e : scopes.entrySet()) {
      Scope scope = scope(e.getKey(), value);
      Access access = access(e.getValue());
      p = p == null ? Permissions.of(scope, access) : p.and(scope, access);
    }
    return p;
  }

  private static Scope scope(String wire, Node where) {
    for (Scope s : Scope.values()) if (s.wire().equals(wire)) return s;
    throw new ImportException(where.path() + "." + wire + ": not a permission scope gha4j knows");
  }

  private static Access access(Node value) {
    for (Access a : Access.values()) if (a.wire().equals(value.text())) return a;
    throw value.fail("expected read, write or none");
  }

  /** {@code concurrency: group} is short for {@code concurrency: {group: group}}. */
  static Concurrency concurrency(Node value) {
    if (!value.isMap()) return Concurrency.group(value.text());
    value.onlyKeys(Set.of("group", "cancel-in-progress"));
    Node group = value.get("group");
    if (group == null) throw value.fail("concurrency needs a group");
    Concurrency c = Concurrency.group(group.text());
    Node cancel = value.get("cancel-in-progress");
    if (cancel == null) return c;
    return cancel.value().isBoolean() ? c.cancelInProgress(cancel.bool())
        : c.cancelInProgress(Expressions.required(cancel));
  }

  static Defaults defaults(Node value) {
    value.onlyKeys(Set.of("run"));
    Node run = value.get("run");
    if (run == null) throw value.fail("defaults needs run");
    run.onlyKeys(Set.of("shell", "working-directory"));
    Defaults d = Defaults.run();
    Node shell = run.get("shell");
    if (shell != null) d = d.shell(shell.text());
    Node dir = run.get("working-directory");
    if (dir != null) d = d.workingDirectory(dir.text());
    return d;
  }
}
