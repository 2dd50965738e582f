package dev.gha4j.validate;

import dev.gha4j.api.Problem;

import dev.gha4j.model.Access;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import java.util.List;
import java.util.Map;

/** Levels GitHub does not accept for a scope, such as {@code id-token: read}. */
final class PermissionChecks {
  private PermissionChecks() {}

  static void check(Permissions p, List<Problem> problems) {
    if (p == null) return;
    for (Map.Entry<Scope, Access> e : p.scopes().entrySet()) {
      if (!e.getKey().allows(e.getValue())) {
        problems.add(new Problem(p.location(), "permission " + e.getKey().wire() + " cannot be '"
            + e.getValue().wire() + "'"));
      }
    }
  }
}
