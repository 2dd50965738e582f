package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.emit.WorkflowYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every {@code uses:} in the committed workflows is an action gha4j has a manifest for, at the
 * manifest's commit; every {@code with:} key is a real input of it; every input the action requires
 * without a default is given. The manifests (dsl/actions/src/main/actions) hold the facts of each
 * action's action.yml at that commit.
 */
class ActionInputsTest {

  private record Action(Set<String> inputs, Set<String> requiredWithoutDefault) {}

  private static Map<String, Action> manifests() throws IOException {
    Map<String, Action> byUses = new HashMap<>();
    try (Stream<Path> files = Files.list(RepoPaths.root().resolve("dsl/actions/src/main/actions"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
        JsonNode m = WorkflowYaml.parse(Files.readString(file));
        Set<String> inputs = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (JsonNode input : m.path("inputs")) {
          inputs.add(input.path("name").asString());
          if (input.path("required").asBoolean() && input.path("default").isMissingNode()) {
            required.add(input.path("name").asString());
          }
        }
        byUses.put(m.path("action").asString() + "@" + m.path("sha").asString(), new Action(inputs, required));
      }
    }
    return byUses;
  }

  @Test
  void everyUsedActionHasAManifestAndGetsOnlyRealInputsAndAllRequiredOnes() throws IOException {
    Map<String, Action> manifests = manifests();
    int checked = 0;
    for (JsonNode step : Yaml.allSteps()) {
      if (!step.has("uses")) continue;
      String uses = step.path("uses").asString();
      Action action = manifests.get(uses);
      assertThat(action).as("no manifest pins %s", uses).isNotNull();
      Set<String> given = new HashSet<>(step.path("with").propertyNames());
      assertThat(action.inputs()).as("inputs of %s", uses).containsAll(given);
      assertThat(given).as("required inputs of %s", uses).containsAll(action.requiredWithoutDefault());
      checked++;
    }
    assertThat(checked).as("steps that use an action").isGreaterThan(20);
  }
}
