package dev.gha4j.codegen;

import dev.gha4j.model.ActionScopes;
import java.util.List;

/**
 * One action manifest ({@code src/main/actions/<owner>__<repo>[__<path>].yml}): the pinned
 * action and its typed inputs and outputs, from which one binding class is generated.
 *
 * @param file      the manifest's file name, quoted in generated Javadoc and in errors
 * @param action    {@code owner/repo[/path]}
 * @param version   the release tag the SHA carries
 * @param sha       the full 40-hex commit
 * @param className simple name of the generated class in {@code dev.gha4j.actions}
 * @param runtime   what the action runs on ({@code runs.using}: {@code node24}, {@code composite},
 *                  {@code docker}, ...), or null when the manifest does not say
 * @param inputs    the {@code with:} inputs, in the order of the action's {@code action.yml}
 * @param outputs   the outputs
 * @param scopes    the write scopes of the token the action uses ({@code permissions:}), which its
 *                  binding's {@code ActionRef} carries to the policy rules; unknown when not declared
 */
public record Manifest(
    String file, String action, String version, String sha, String className, String runtime,
    List<Input> inputs, List<Output> outputs, ActionScopes scopes) {

  /**
   * Keeps unmodifiable copies of the inputs and outputs; the manifest reader has checked the rest.
   *
   * @param file      the manifest's file name, quoted in generated Javadoc and in errors
   * @param action    {@code owner/repo[/path]}
   * @param version   the release tag the SHA carries
   * @param sha       the full 40-hex commit
   * @param className simple name of the generated class in {@code dev.gha4j.actions}
   * @param runtime   {@code runs.using} of the action, or null when the manifest does not say
   * @param inputs    the {@code with:} inputs, in the order of the action's {@code action.yml}
   * @param outputs   the outputs
   * @param scopes    the write scopes of the action's token; {@link ActionScopes#unknown()} when
   *                  the manifest declares no {@code permissions:}
   */
  public Manifest {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /**
   * A manifest that declares no {@code permissions:}: its scopes are {@link ActionScopes#unknown()}.
   *
   * @param file      the manifest's file name, quoted in generated Javadoc and in errors
   * @param action    {@code owner/repo[/path]}
   * @param version   the release tag the SHA carries
   * @param sha       the full 40-hex commit
   * @param className simple name of the generated class in {@code dev.gha4j.actions}
   * @param runtime   {@code runs.using} of the action, or null when the manifest does not say
   * @param inputs    the {@code with:} inputs, in the order of the action's {@code action.yml}
   * @param outputs   the outputs
   */
  public Manifest(String file, String action, String version, String sha, String className, String runtime,
      List<Input> inputs, List<Output> outputs) {
    this(file, action, version, sha, className, runtime, inputs, outputs, ActionScopes.unknown());
  }

  /**
   * The same manifest pinned to another release: only the tag and the commit change, so inputs and
   * outputs the new release added or dropped are not seen here (the bump tools compare them).
   *
   * @param newVersion the release tag, e.g. {@code v4.2.0}
   * @param newSha     the full 40-hex commit that tag points to
   * @return a new manifest; this one is unchanged
   */
  public Manifest pinnedTo(String newVersion, String newSha) {
    return new Manifest(file, action, newVersion, newSha, className, runtime, inputs, outputs, scopes);
  }

  /**
   * The inputs a caller must give: those the action requires and gives no default. They become the
   * parameters of the binding's {@code of(...)} factory.
   *
   * @return those inputs in manifest order; empty when {@code of()} takes none
   */
  public List<Input> mandatoryInputs() {
    return inputs.stream().filter(Input::mandatory).toList();
  }

  /** How an input is typed in Java: the parameter of its method on the binding. */
  public enum Type {
    /** Text: a {@code String}. */
    STRING,
    /** Text that may span several lines, e.g. {@code github-script}'s {@code script}: a {@code String}. */
    MULTILINE,
    /** {@code true} or {@code false}: a {@code boolean}. */
    BOOLEAN,
    /** A whole number: a {@code long}. */
    NUMBER,
    /** One of the manifest's {@code values}: a constant of an enum nested in the binding. */
    ENUM,
    /** Several items the action reads joined by the manifest's {@code separator}: {@code String...}. */
    LIST
  }

  /**
   * One {@code with:} input.
   *
   * @param name       the wire name, e.g. {@code persist-credentials}
   * @param javaName   the method name (lowerCamelCase of the wire name unless the manifest says)
   * @param type       how the input is typed in Java
   * @param required   whether the action's {@code action.yml} marks it required
   * @param defaultValue the action's default as text, or null
   * @param values     enum only: the allowed wire values
   * @param separator  list only: what joins the items
   * @param deprecated null, or what to do instead
   * @param summary    our one-line description, or null
   */
  public record Input(
      String name, String javaName, Type type, boolean required, String defaultValue,
      List<String> values, String separator, String deprecated, String summary) {

    /**
     * Keeps an unmodifiable copy of {@code values}.
     *
     * @param name       the wire name, e.g. {@code persist-credentials}
     * @param javaName   the method name (lowerCamelCase of the wire name unless the manifest says)
     * @param type       how the input is typed in Java
     * @param required   whether the action's {@code action.yml} marks it required
     * @param defaultValue the action's default as text, or null
     * @param values     enum only: the allowed wire values; empty for the other types, not null
     * @param separator  list only: what joins the items; null for the other types
     * @param deprecated null, or what to do instead
     * @param summary    our one-line description, or null
     */
    public Input {
      values = List.copyOf(values);
    }

    /**
     * Whether the caller must give this input: the action requires it and has no default for it.
     *
     * @return true when the input is a parameter of the binding's {@code of(...)} factory
     */
    public boolean mandatory() {
      return required && defaultValue == null;
    }
  }

  /**
   * One output, read as {@code steps.<id>.outputs.<name>}.
   *
   * @param name     the wire name, e.g. {@code cache-hit}
   * @param javaName the method name on the binding's {@code Outputs} (lowerCamelCase of the wire
   *                 name unless the manifest says)
   * @param summary  our one-line description, or null
   */
  public record Output(String name, String javaName, String summary) {}
}
