package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.manifests.ActionMetadata.ActionInput;
import dev.gha4j.codegen.manifests.InputTypes.Typed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a manifest from a release's metadata. Facts come from {@code action.yml}: which inputs and
 * outputs exist, in which order, which are required, their defaults, deprecations and the runtime.
 * What people decided is kept from the previous manifest for every input that still exists: the
 * type (unless the new default no longer fits it), the Java name, and the summary. Summaries are
 * never taken from {@code action.yml}: a manifest's words are the project's own.
 */
final class ManifestDerivation {
  private ManifestDerivation() {}

  /** A first manifest for {@code release}, bound to {@code className}. */
  static Manifest create(Release release, String className) {
    return derive(release, null, className);
  }

  /** {@code previous} moved to {@code release}. */
  static Manifest update(Manifest previous, Release release) {
    return derive(release, previous, previous.className());
  }

  private static Manifest derive(Release release, Manifest previous, String className) {
    Map<String, Input> before = previous == null ? Map.of()
        : previous.inputs().stream().collect(Collectors.toMap(Input::name, Function.identity()));
    // Names people chose come first, so that a new input never takes one.
    Set<String> methods = new HashSet<>();
    for (ActionInput input : release.metadata().inputs()) {
      if (before.containsKey(input.name())) methods.add(before.get(input.name()).javaName());
    }
    List<Input> inputs = new ArrayList<>();
    for (ActionInput input : release.metadata().inputs()) {
      Input kept = before.get(input.name());
      String method = kept != null ? kept.javaName() : BindingNames.inputMethod(input.name(), methods);
      methods.add(method);
      Typed typed = kept != null && fits(kept, input.defaultValue()) ? keep(kept, input) : InputTypes.infer(input);
      String deprecated = kept != null && kept.deprecated() != null ? kept.deprecated()
          : input.deprecationMessage() == null ? null
          : "marked deprecated in the action's action.yml at " + release.tag() + "; its deprecationMessage says what "
              + "to use instead";
      inputs.add(new Input(input.name(), method, typed.type(), input.required(), input.defaultValue(), typed.values(),
          typed.separator(), deprecated, kept == null ? null : kept.summary()));
    }
    Map<String, Output> outputsBefore = previous == null ? Map.of()
        : previous.outputs().stream().collect(Collectors.toMap(Output::name, Function.identity()));
    Set<String> outputMethods = new HashSet<>();
    List<Output> outputs = new ArrayList<>();
    for (String name : release.metadata().outputs()) {
      Output kept = outputsBefore.get(name);
      String method = kept != null ? kept.javaName() : BindingNames.outputMethod(name, outputMethods);
      outputMethods.add(method);
      outputs.add(new Output(name, method, kept == null ? null : kept.summary()));
    }
    // The declared permissions are a person's reading of the action, kept like the summaries.
    return new Manifest(release.action().manifestFile(), release.action().toString(), release.tag(), release.commit(),
        className, release.metadata().runtime(), inputs, outputs,
        previous == null ? dev.gha4j.model.ActionScopes.unknown() : previous.scopes());
  }

  /**
   * The previous type, with an enum's values re-read when the description now lists others (a
   * value added or dropped in this release).
   */
  private static Typed keep(Input kept, ActionInput input) {
    Typed inferred = InputTypes.infer(input);
    if (kept.type() == Type.ENUM && inferred.type() == Type.ENUM
        && !new HashSet<>(inferred.values()).equals(new HashSet<>(kept.values()))) {
      return inferred;
    }
    return new Typed(kept.type(), kept.values(), kept.separator());
  }

  /** Whether {@code defaultValue} is still a value of the input's type. */
  private static boolean fits(Input kept, String defaultValue) {
    if (defaultValue == null || defaultValue.contains("${{")) return true;
    return switch (kept.type()) {
      case BOOLEAN -> defaultValue.equals("true") || defaultValue.equals("false");
      case NUMBER -> defaultValue.matches("-?[0-9]+");
      case ENUM -> kept.values().contains(defaultValue);
      case STRING, MULTILINE, LIST -> true;
    };
  }
}
