package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code permissions:} for the {@code GITHUB_TOKEN}: {@code read-all}, {@code write-all}, {@code {}}
 * (none at all), or a level per scope.
 *
 * <pre>{@code Permissions.of(Scope.CONTENTS, Access.READ).and(Scope.ID_TOKEN, Access.WRITE)}</pre>
 *
 * @param kind     which form the grant takes
 * @param scopes   the level per scope, for {@link Kind#SCOPED}; empty for the other kinds
 * @param location the pipeline line that made the grant, for messages
 */
public record Permissions(Kind kind, Map<Scope, Access> scopes, SourceLocation location) {

  /** The three shorthand forms and the per-scope form. */
  public enum Kind {
    /** {@code read-all}: read on every scope. */
    READ_ALL,
    /** {@code write-all}: write on every scope. */
    WRITE_ALL,
    /** <code>{}</code>: no scope at all. */
    NONE,
    /** A level per scope; scopes not listed get {@code none}. */
    SCOPED
  }

  /**
   * Copies the scopes.
   *
   * @param kind     which form the grant takes
   * @param scopes   the level per scope, for {@link Kind#SCOPED}; empty for the other kinds
   * @param location the pipeline line that made the grant
   */
  public Permissions {
    EnumMap<Scope, Access> copy = new EnumMap<>(Scope.class);
    copy.putAll(scopes);
    scopes = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@return {@code permissions: read-all}} */
  public static Permissions readAll() { return new Permissions(Kind.READ_ALL, Map.of(), SourceLocation.capture()); }
  /** {@return {@code permissions: write-all}; the policy rules refuse it} */
  public static Permissions writeAll() { return new Permissions(Kind.WRITE_ALL, Map.of(), SourceLocation.capture()); }
  /** {@return {@code permissions: {}}: the token can do nothing} */
  public static Permissions none() { return new Permissions(Kind.NONE, Map.of(), SourceLocation.capture()); }
  /**
   * {@return a grant of one scope at one level; add more with {@link #and}}
   *
   * @param scope  the scope
   * @param access the level; {@link Scope#allows} tells which levels GitHub accepts
   */
  public static Permissions of(Scope scope, Access access) {
    return new Permissions(Kind.SCOPED, Map.of(scope, access), SourceLocation.capture());
  }
  /**
   * {@return {@code contents: <access>}, the commonest single-scope grant}
   *
   * @param access usually {@link Access#READ}, enough for {@code actions/checkout}
   */
  public static Permissions contents(Access access) { return of(Scope.CONTENTS, access); }

  /**
   * {@return this grant plus one more scope; a scope given again takes the new level}
   *
   * @param scope  the scope
   * @param access the level
   * @throws IllegalStateException on {@code read-all}, {@code write-all} or <code>{}</code>
   */
  public Permissions and(Scope scope, Access access) {
    if (kind != Kind.SCOPED) throw new IllegalStateException("cannot add a scope to " + kind);
    EnumMap<Scope, Access> more = new EnumMap<>(Scope.class);
    more.putAll(scopes);
    more.put(scope, access);
    return new Permissions(Kind.SCOPED, more, location);
  }

  /**
   * {@return whether this grant gives {@code scope} write access (every scope does under {@code write-all})}
   *
   * @param scope the scope asked about
   */
  public boolean writes(Scope scope) {
    return kind == Kind.WRITE_ALL || scopes.get(scope) == Access.WRITE;
  }
}
