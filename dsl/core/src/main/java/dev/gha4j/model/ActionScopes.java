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
    /**
     * Rejects a null scope.
     *
     * @param scope the scope it writes with; not null
     * @param input the input that decides it, or null for always
     * @param ifSet with an input: true when the scope is used if the input is set, false if it is not
     */
    public Need {
      Objects.requireNonNull(scope, "scope");
    }

    /**
     * {@return a need that holds whatever the step's inputs are}
     *
     * @param scope the scope the action always writes with
     */
    public static Need always(Scope scope) { return new Need(scope, null, true); }

    /**
     * {@return a need that holds when the step sets {@code input}}
     *
     * @param scope the scope written with
     * @param input the action's input, as named under {@code with:}, e.g. {@code role-to-assume}
     */
    public static Need when(Scope scope, String input) { return new Need(scope, input, true); }

    /**
     * {@return a need that holds unless the step sets {@code input}, e.g. a token input that
     * replaces the {@code GITHUB_TOKEN}}
     *
     * @param scope the scope written with
     * @param input the action's input, as named under {@code with:}
     */
    public static Need unless(Scope scope, String input) { return new Need(scope, input, false); }

    boolean appliesTo(Map<String, Scalar> with) {
      return input == null || with.containsKey(input) == ifSet;
    }
  }

  /**
   * Copies the needs.
   *
   * @param known    whether anything is declared
   * @param anyScope true for an action that may use any scope the job grants
   * @param needs    the declared needs
   */
  public ActionScopes {
    needs = List.copyOf(needs);
  }

  /** {@return nothing declared: an action gha4j has no manifest for} */
  public static ActionScopes unknown() { return new ActionScopes(false, false, List.of()); }

  /** {@return a declaration that the action writes nothing, so any write grant is surplus} */
  public static ActionScopes none() { return new ActionScopes(true, false, List.of()); }

  /**
   * {@return a declaration that the action may use any scope the job grants, e.g. one that runs
   * user code against GitHub's API}
   */
  public static ActionScopes any() { return new ActionScopes(true, true, List.of()); }

  /**
   * {@return a declaration of these needs}
   *
   * @param needs each scope the action writes with, and when
   */
  public static ActionScopes of(Need... needs) { return new ActionScopes(true, false, List.of(needs)); }

  /**
   * {@return the scopes a step with these inputs uses: every scope for {@link #any()}, none when unknown}
   *
   * @param with the step's {@code with:} inputs by name; only which names are set matters
   */
  public Set<Scope> used(Map<String, Scalar> with) {
    if (anyScope) return EnumSet.allOf(Scope.class);
    Set<Scope> used = EnumSet.noneOf(Scope.class);
    for (Need n : needs) if (n.appliesTo(with)) used.add(n.scope());
    return used;
  }
}
