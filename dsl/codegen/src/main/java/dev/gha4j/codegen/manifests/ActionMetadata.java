package dev.gha4j.codegen.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What gha4j reads from an action's {@code action.yml}: its inputs, outputs and runtime. The
 * descriptions are read to infer input types ({@link InputTypes}) and never copied into a manifest.
 *
 * @param inputs  the inputs, in the file's order
 * @param outputs the output names, in the file's order
 * @param runtime {@code runs.using}, lower case: {@code node24}, {@code composite}, {@code docker}, ...
 */
public record ActionMetadata(List<ActionInput> inputs, List<String> outputs, String runtime) {
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Copies the lists, so the metadata cannot change later.
   *
   * @param inputs  the inputs
   * @param outputs the output names
   * @param runtime {@code runs.using}
   */
  public ActionMetadata {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /**
   * One input as {@code action.yml} declares it.
   *
   * @param name               the input's name
   * @param description        its description, empty when none
   * @param required           {@code required: true}
   * @param defaultValue       its default as text, or null
   * @param deprecationMessage its {@code deprecationMessage}, or null when not deprecated
   */
  public record ActionInput(String name, String description, boolean required, String defaultValue,
      String deprecationMessage) {}

  /**
   * Reads the text of an {@code action.yml}.
   *
   * @param text  the file's content
   * @param where names the file in messages, e.g. {@code acme/hello@v1.0.0:action.yml}
   * @return the metadata
   * @throws ActionsException when the text is not YAML or has no {@code runs.using}
   */
  public static ActionMetadata parse(String text, String where) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new ActionsException(where + (at == null ? "" : ":" + at.getLineNr()) + ": not valid YAML: "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) throw new ActionsException(where + ": expected a mapping at the top");
    JsonNode using = root.path("runs").path("using");
    if (!using.isString() || using.asString().isBlank()) {
      throw new ActionsException(where + ": no runs.using; an action's metadata says what it runs on (node24, "
          + "composite, docker)");
    }
    return new ActionMetadata(inputs(root.path("inputs"), where), mapKeys(root.path("outputs"), where + ": outputs"),
        using.asString().strip().toLowerCase(Locale.ROOT));
  }

  private static List<ActionInput> inputs(JsonNode inputs, String where) {
    List<ActionInput> list = new ArrayList<>();
    for (String name : mapKeys(inputs, where + ": inputs")) {
      JsonNode input = inputs.path(name);
      JsonNode deprecation = input.path("deprecationMessage");
      list.add(new ActionInput(name, input.path("description").asString(""), isTrue(input.path("required")),
          scalar(input.path("default"), where + ": input '" + name + "': default"),
          deprecation.isMissingNode() || deprecation.isNull() ? null : deprecation.asString("")));
    }
    return list;
  }

  private static List<String> mapKeys(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) return List.of();
    if (!node.isObject()) throw new ActionsException(where + " must be a mapping");
    return List.copyOf(node.propertyNames());
  }

  // GitHub's schema says boolean; some actions write the string 'true', which GitHub accepts too.
  private static boolean isTrue(JsonNode required) {
    return required.isBoolean() ? required.booleanValue() : required.asString("").strip().equalsIgnoreCase("true");
  }

  private static String scalar(JsonNode value, String where) {
    if (value.isMissingNode() || value.isNull()) return null;
    if (value.isContainer()) throw new ActionsException(where + " must be a single value, not a list or mapping");
    return value.asString();
  }
}
