package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.ManifestReader;
import dev.gha4j.codegen.RepositoryFiles;
import dev.gha4j.codegen.manifests.ActionMetadata.ActionInput;
import dev.gha4j.codegen.manifests.InputTypes.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The 25 hand-written manifests against the real {@code action.yml} of each action at its pinned
 * commit (copies in {@code src/test/resources/action-yml}, see SOURCES.md there): the facts agree,
 * re-reading the pinned release with the tool changes no manifest, the tool writes each manifest
 * byte for byte as committed, and type inference agrees with the types people chose.
 */
class ManifestsMatchActionYmlTest {
  /**
   * The manifests with a copy of their action.yml here: the 25 written by hand. One that {@code make
   * action} adds later was derived from its action.yml by the tool, so needs no copy.
   */
  private static final List<Manifest> MANIFESTS = ManifestReader.read(RepositoryFiles.manifests()).actions().stream()
      .filter(m -> ManifestsMatchActionYmlTest.class.getResource("/action-yml/" + m.file()) != null).toList();

  private static ActionMetadata metadata(Manifest m) {
    return ActionMetadata.parse(read("action-yml/" + m.file()), m.file());
  }

  private static String read(String resource) {
    try {
      return Files.readString(RepositoryFiles.testResource(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyManifestHoldsTheInputsOutputsDefaultsAndRuntimeOfItsActionYml() {
    assertThat(MANIFESTS).hasSizeGreaterThanOrEqualTo(25).allSatisfy(m -> {
      ActionMetadata meta = metadata(m);
      assertThat(m.inputs()).as(m.file()).extracting(Input::name)
          .containsExactlyElementsOf(meta.inputs().stream().map(ActionInput::name).toList());
      assertThat(m.inputs()).as(m.file()).extracting(Input::required)
          .containsExactlyElementsOf(meta.inputs().stream().map(ActionInput::required).toList());
      assertThat(m.inputs()).as(m.file()).extracting(Input::defaultValue)
          .containsExactlyElementsOf(meta.inputs().stream().map(ActionInput::defaultValue).toList());
      assertThat(m.outputs()).as(m.file()).extracting(Output::name).containsExactlyElementsOf(meta.outputs());
      assertThat(m.runtime()).as(m.file()).isEqualTo(meta.runtime());
    });
  }

  @Test
  void reReadingThePinnedReleaseChangesNoManifest() {
    for (Manifest m : MANIFESTS) {
      Release pinned = new Release(ActionName.parse(m.action()), m.version(), m.sha(), "action.yml", metadata(m));

      assertThat(ManifestDerivation.update(m, pinned)).as(m.file()).isEqualTo(m);
    }
  }

  @Test
  void theToolWritesEveryManifestExactlyAsItIsCommitted() throws IOException {
    for (Manifest m : MANIFESTS) {
      assertThat(ManifestText.write(m).lines()).as(m.file()).containsExactlyElementsOf(
          Files.readAllLines(RepositoryFiles.manifests().resolve(m.file())));
    }
  }

  /**
   * Of 440 inputs, inference types 123 (the rest stay string, which always works); 121 of those
   * agree with the hand-written type. The two that do not are beyond what metadata can say.
   */
  @Test
  void inferredTypesAgreeWithTheHandWrittenOnesWhereverInferenceIsSure() {
    List<String> agree = new ArrayList<>();
    List<String> disagree = new ArrayList<>();
    int inputs = 0;
    for (Manifest m : MANIFESTS) {
      for (ActionInput input : metadata(m).inputs()) {
        inputs++;
        Input written = m.inputs().stream().filter(i -> i.name().equals(input.name())).findFirst().orElseThrow();
        Typed inferred = InputTypes.infer(input);
        if (inferred.type() == Type.STRING) continue;
        boolean same = inferred.type() == written.type() && Objects.equals(inferred.separator(), written.separator())
            && new HashSet<>(inferred.values()).equals(new HashSet<>(written.values()));
        (same ? agree : disagree).add(m.action() + " " + input.name());
      }
    }

    assertThat(inputs).isEqualTo(440);
    assertThat(agree).hasSize(121);
    assertThat(disagree).containsExactlyInAnyOrder(
        // default 'false', and `recursive` is only mentioned in prose: a boolean by the metadata
        "actions/checkout submodules",
        // default "5", but the input is a retry strategy (0, 5, 10, RAPID) the description does not list
        "slackapi/slack-github-action retries");
  }
}
