package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Access;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Permissions, concurrency and defaults, which workflows and jobs share. Scope and access constants
 * are statically imported ({@code Permissions.of(CONTENTS, READ)}); this class records which.
 */
final class CommonCode {
  static final ClassName PERMISSIONS = ClassName.get("dev.gha4j.model", "Permissions");
  static final ClassName SCOPE = ClassName.get(Scope.class);
  static final ClassName ACCESS = ClassName.get(Access.class);
  private static final ClassName CONCURRENCY = ClassName.get("dev.gha4j.model", "Concurrency");
  private static final ClassName DEFAULTS = ClassName.get("dev.gha4j.model", "Defaults");

  private final ValueCode values;
  private final Set<String> scopes = new TreeSet<>();
  private final Set<String> accesses = new TreeSet<>();

  CommonCode(ValueCode values) {
    this.values = values;
  }

  CodeBlock permissions(Permissions p) {
    return switch (p.kind()) {
      case READ_ALL -> CodeBlock.of("$T.readAll()", PERMISSIONS);
      case WRITE_ALL -> CodeBlock.of("$T.writeAll()", PERMISSIONS);
      case NONE -> CodeBlock.of("$T.none()", PERMISSIONS);
      case SCOPED -> scoped(p);
    };
  }

  /** The format names the constants literally, so that JavaPoet writes them statically imported. */
  private CodeBlock scoped(Permissions p) {
    CodeBlock.Builder b = CodeBlock.builder();
    boolean first = true;
    for (Map.Entry<Scope, Access> e : p.scopes().entrySet()) {
      String scope = e.getKey().name();
      String access = e.getValue().name();
      accesses.add(access);
      if (first && e.getKey() == Scope.CONTENTS) {
        b.add("$T.contents($T." + access + ")", PERMISSIONS, ACCESS);
      } else if (first) {
        scopes.add(scope);
        b.add("$T.of($T." + scope + ", $T." + access + ")", PERMISSIONS, SCOPE, ACCESS);
      } else {
        scopes.add(scope);
        b.add(".and($T." + scope + ", $T." + access + ")", SCOPE, ACCESS);
      }
      first = false;
    }
    return b.build();
  }

  CodeBlock concurrency(Concurrency c) {
    CodeBlock group = CodeBlock.of("$T.group($L)", CONCURRENCY, Literals.text(c.group()));
    if (c.cancelInProgress() == null) return group;
    CodeBlock cancel = c.cancelInProgress() instanceof Scalar.Bool b ? CodeBlock.of("$L", b.value())
        : values.expression(c.cancelInProgress());
    return Layout.chain(group, java.util.List.of(Link.of("cancelInProgress($L)", cancel)), false, true);
  }

  CodeBlock defaults(Defaults d) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.run()", DEFAULTS);
    if (d.shell() != null) b.add(".shell($L)", string(d.shell()));
    if (d.workingDirectory() != null) b.add(".workingDirectory($L)", string(d.workingDirectory()));
    return b.build();
  }

  /** Scope constants used, for static imports. */
  Set<String> scopes() {
    return scopes;
  }

  /** Access constants used, for static imports. */
  Set<String> accesses() {
    return accesses;
  }
}
