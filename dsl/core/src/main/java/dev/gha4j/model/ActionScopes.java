package dev.gha4j.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The write scopes of the {@code GITHUB_TOKEN} an action uses, as its manifest declares them, so
 * that the policy rules know which {@code permissions:} a job needs. A typed binding carries the
 * declaration of its manifest; an action gha4j has no manifest for is {@link #unknown()}, and the
 * rules give it the benefit of the doubt.
 *
 * <pre>{@code ActionScopes.of(Need.when(Scope.ID_TOKEN, "role-to-assume"))   // OIDC only with role-to-assume}</pre>
 *
 * @param known whether anything is declared; false for an action gha4j knows nothing about
 * @param anyScope true for an action that may use any scope the job grants (e.g. actions/github-script)
 * @param needs the declared needs, each perhaps depending on an input
 */
public record ActionScopes(boolean known, boolean anyScope, List<Need> needs) {

  /**
   * One write scope the action uses: always, only when an input is set, or only when it is not.
   *
   * @param scope   the scope it writes with (for {@code id-token}: requests an OIDC token)
   * @param input   the input that decides it, or null for always
   * @param ifSet   with an input: true when the scope is used if the input is set, false if it is not
   */
  public record Need(Scope scope, String input, boolean ifSet) {
    /** Rejects a null scope. */
    public Need {
      Objects.requireNonNull(scope, "scope");
    }

    /** Always uses {@code scope}. */
    public static Need always(Scope scope) { return new Need(scope, null, true); }

    /** Uses {@code scope} when the step sets {@code input}. */
    public static Need when(Scope scope, String input) { return new Need(scope, input, true); }

    /** Uses {@code scope} unless the step sets {@code input}. */
    public static Need unless(Scope scope, String input) { return new Need(scope, input, false); }

    boolean appliesTo(Map<String, Scalar> with) {
      return input == null || with.containsKey(input) == ifSet;
    }
  }

  /** Copies the needs. */
  public ActionScopes {
    needs = List.copyOf(needs);
  }

  /** Nothing declared: an action gha4j has no manifest for. */
  public static ActionScopes unknown() { return new ActionScopes(false, false, List.of()); }

  /** Declared to write nothing. */
  public static ActionScopes none() { return new ActionScopes(true, false, List.of()); }

  /** Declared to use any scope the job grants, e.g. a step that runs user code against GitHub's API. */
  public static ActionScopes any() { return new ActionScopes(true, true, List.of()); }

  /** Declared to use these scopes. */
  public static ActionScopes of(Need... needs) { return new ActionScopes(true, false, List.of(needs)); }

  /** The scopes a step with these inputs uses; every scope for {@link #any()}, none when unknown. */
  public Set<Scope> used(Map<String, Scalar> with) {
    if (anyScope) return EnumSet.allOf(Scope.class);
    Set<Scope> used = EnumSet.noneOf(Scope.class);
    for (Need n : needs) if (n.appliesTo(with)) used.add(n.scope());
    return used;
  }
}
