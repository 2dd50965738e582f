package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.codegen.Manifest.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a move from one release to another changes for pipelines. */
class ManifestChangesTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  private static Input input(String name, Type type, boolean required, String defaultValue, String deprecated) {
    return new Input(name, name, type, required, defaultValue, List.of(), null, deprecated, null);
  }

  private static Manifest manifest(String runtime, List<Input> inputs, List<String> outputs) {
    return new Manifest("acme__x.yml", "acme/x", "v1", SHA, "X", runtime, inputs,
        outputs.stream().map(o -> new Output(o, o, null)).toList());
  }

  @Test
  void addedRemovedNewlyRequiredDeprecatedRetypedAndNewDefaults() {
    Manifest before = manifest("node20", List.of(
        input("keep", Type.STRING, false, null, null),
        input("gone", Type.BOOLEAN, false, "false", null),
        input("token", Type.STRING, false, null, null),
        input("legacy", Type.STRING, false, null, null),
        input("depth", Type.NUMBER, false, "1", null)), List.of("old", "same"));
    Manifest after = manifest("node24", List.of(
        input("keep", Type.STRING, false, null, null),
        input("token", Type.STRING, true, null, null),
        input("legacy", Type.STRING, false, null, "use keep"),
        input("depth", Type.STRING, false, "full", null),
        input("fresh", Type.BOOLEAN, false, "true", null)), List.of("same", "new"));

    ManifestChanges changes = ManifestChanges.between(before, after);

    assertThat(changes.lines()).containsExactly(
        "+ input fresh (boolean): .fresh(...)",
        "- input gone removed: pipelines calling .gone(...) no longer compile",
        "! input token is now required: of(...) takes it",
        "~ input legacy is now deprecated",
        "~ input depth: number -> string",
        "~ default of depth: '1' -> 'full'",
        "+ output new",
        "- output old removed",
        "~ runtime node20 -> node24");
    assertThat(ManifestChanges.between(after, after).isEmpty()).isTrue();
  }
}
