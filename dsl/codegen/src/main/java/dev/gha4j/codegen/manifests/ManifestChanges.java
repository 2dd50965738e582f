package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What moving a manifest from one release to another changes for the pipelines that use it.
 *
 * @param added           inputs the new release has and the old one had not
 * @param removed         inputs gone: pipelines that set one no longer compile, which is intended
 * @param newlyRequired   inputs {@code of(...)} now takes because they became required without a default
 * @param newlyDeprecated inputs now marked deprecated
 * @param retyped         inputs whose Java type changed, as {@code name: boolean -> string}
 * @param newDefaults     inputs whose default changed, as {@code name: 'a' -> 'b'}
 * @param outputsAdded    outputs added
 * @param outputsRemoved  outputs gone
 * @param runtime         {@code node20 -> node24}, or null when unchanged
 */
public record ManifestChanges(List<Input> added, List<Input> removed, List<Input> newlyRequired,
    List<Input> newlyDeprecated, List<String> retyped, List<String> newDefaults, List<String> outputsAdded,
    List<String> outputsRemoved, String runtime) {

  /**
   * The changes between two manifests of one action.
   *
   * @param before the manifest as it was
   * @param after  the manifest as it is now
   * @return what changed
   */
  public static ManifestChanges between(Manifest before, Manifest after) {
    Map<String, Input> old = byName(before.inputs());
    Map<String, Input> now = byName(after.inputs());
    List<Input> added = after.inputs().stream().filter(i -> !old.containsKey(i.name())).toList();
    List<Input> removed = before.inputs().stream().filter(i -> !now.containsKey(i.name())).toList();
    List<Input> required = new ArrayList<>();
    List<Input> deprecated = new ArrayList<>();
    List<String> retyped = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    for (Input input : after.inputs()) {
      Input was = old.get(input.name());
      if (was == null) continue;
      if (input.mandatory() && !was.mandatory()) required.add(input);
      if (input.deprecated() != null && was.deprecated() == null) deprecated.add(input);
      if (input.type() != was.type() || !input.values().equals(was.values())) {
        retyped.add(input.name() + ": " + typeName(was) + " -> " + typeName(input));
      }
      if (!Objects.equals(input.defaultValue(), was.defaultValue())) {
        defaults.add(input.name() + ": " + shown(was.defaultValue()) + " -> " + shown(input.defaultValue()));
      }
    }
    List<String> outputsBefore = before.outputs().stream().map(Output::name).toList();
    List<String> outputsAfter = after.outputs().stream().map(Output::name).toList();
    return new ManifestChanges(added, removed, required, deprecated, retyped, defaults,
        outputsAfter.stream().filter(o -> !outputsBefore.contains(o)).toList(),
        outputsBefore.stream().filter(o -> !outputsAfter.contains(o)).toList(),
        Objects.equals(before.runtime(), after.runtime()) ? null : before.runtime() + " -> " + after.runtime());
  }

  /** {@return whether nothing a pipeline would notice changed} */
  public boolean isEmpty() {
    return lines().isEmpty();
  }

  /** {@return one line per change, as the commands print them} */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Input i : added) {
      lines.add("+ input " + i.name() + " (" + typeName(i) + (i.mandatory() ? ", required: of(...) takes it" : "")
          + "): ." + i.javaName() + "(...)");
    }
    for (Input i : removed) {
      lines.add("- input " + i.name() + " removed: pipelines calling ." + i.javaName() + "(...) no longer compile");
    }
    for (Input i : newlyRequired) lines.add("! input " + i.name() + " is now required: of(...) takes it");
    for (Input i : newlyDeprecated) lines.add("~ input " + i.name() + " is now deprecated");
    for (String r : retyped) lines.add("~ input " + r);
    for (String d : newDefaults) lines.add("~ default of " + d);
    for (String o : outputsAdded) lines.add("+ output " + o);
    for (String o : outputsRemoved) lines.add("- output " + o + " removed");
    if (runtime != null) lines.add("~ runtime " + runtime);
    return lines;
  }

  private static Map<String, Input> byName(List<Input> inputs) {
    return inputs.stream().collect(Collectors.toMap(Input::name, Function.identity()));
  }

  private static String typeName(Input input) {
    String type = input.type().name().toLowerCase(Locale.ROOT);
    return input.values().isEmpty() ? type : type + " " + input.values();
  }

  private static String shown(String value) {
    return value == null ? "none" : "'" + value + "'";
  }
}
