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

  public Manifest {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** A manifest that declares no {@code permissions:}. */
  public Manifest(String file, String action, String version, String sha, String className, String runtime,
      List<Input> inputs, List<Output> outputs) {
    this(file, action, version, sha, className, runtime, inputs, outputs, ActionScopes.unknown());
  }

  /** The same manifest pinned to another release: only the tag and the commit change. */
  public Manifest pinnedTo(String newVersion, String newSha) {
    return new Manifest(file, action, newVersion, newSha, className, runtime, inputs, outputs, scopes);
  }

  /** Inputs the action requires and that have no default: the factory's parameters. */
  public List<Input> mandatoryInputs() {
    return inputs.stream().filter(Input::mandatory).toList();
  }

  /** How an input is typed in Java. */
  public enum Type { STRING, MULTILINE, BOOLEAN, NUMBER, ENUM, LIST }

  /**
   * One {@code with:} input.
   *
   * @param name       the wire name, e.g. {@code persist-credentials}
   * @param javaName   the method name (lowerCamelCase of the wire name unless the manifest says)
   * @param defaultValue the action's default as text, or null
   * @param values     enum only: the allowed wire values
   * @param separator  list only: what joins the items
   * @param deprecated null, or what to do instead
   * @param summary    our one-line description, or null
   */
  public record Input(
      String name, String javaName, Type type, boolean required, String defaultValue,
      List<String> values, String separator, String deprecated, String summary) {

    public Input {
      values = List.copyOf(values);
    }

    /** Required by the action and without a default, so the caller must give it. */
    public boolean mandatory() {
      return required && defaultValue == null;
    }
  }

  /** One output, read as {@code steps.<id>.outputs.<name>}. */
  public record Output(String name, String javaName, String summary) {}
}
