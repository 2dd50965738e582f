package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code permissions:} for the {@code GITHUB_TOKEN}: {@code read-all}, {@code write-all}, {@code {}}
 * (none at all), or a level per scope.
 *
 * <pre>{@code Permissions.of(Scope.CONTENTS, Access.READ).and(Scope.ID_TOKEN, Access.WRITE)}</pre>
 */
public record Permissions(Kind kind, Map<Scope, Access> scopes, SourceLocation location) {

  /** The three shorthand forms and the per-scope form. */
  public enum Kind { READ_ALL, WRITE_ALL, NONE, SCOPED }

  public Permissions {
    EnumMap<Scope, Access> copy = new EnumMap<>(Scope.class);
    copy.putAll(scopes);
    scopes = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@code permissions: read-all}. */
  public static Permissions readAll() { return new Permissions(Kind.READ_ALL, Map.of(), SourceLocation.capture()); }
  /** {@code permissions: write-all}; the policy rules refuse it. */
  public static Permissions writeAll() { return new Permissions(Kind.WRITE_ALL, Map.of(), SourceLocation.capture()); }
  /** {@code permissions: {}}: the token can do nothing. */
  public static Permissions none() { return new Permissions(Kind.NONE, Map.of(), SourceLocation.capture()); }
  /** One scope at one level; add more with {@link #and}. */
  public static Permissions of(Scope scope, Access access) {
    return new Permissions(Kind.SCOPED, Map.of(scope, access), SourceLocation.capture());
  }
  /** {@code contents: <access>}, the commonest single-scope grant. */
  public static Permissions contents(Access access) { return of(Scope.CONTENTS, access); }

  /** This grant plus one more scope. */
  public Permissions and(Scope scope, Access access) {
    if (kind != Kind.SCOPED) throw new IllegalStateException("cannot add a scope to " + kind);
    EnumMap<Scope, Access> more = new EnumMap<>(Scope.class);
    more.putAll(scopes);
    more.put(scope, access);
    return new Permissions(Kind.SCOPED, more, location);
  }

  /** Scopes granted {@code write} (all of them for {@code write-all}). */
  public boolean writes(Scope scope) {
    return kind == Kind.WRITE_ALL || scopes.get(scope) == Access.WRITE;
  }
}
