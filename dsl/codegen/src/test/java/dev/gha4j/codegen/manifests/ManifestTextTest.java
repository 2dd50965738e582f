package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.ManifestReader;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A written manifest reads back as the same manifest, whatever its text holds. */
class ManifestTextTest {
  private static Manifest roundTrip(Manifest m) {
    TreeMap<String, String> files = new TreeMap<>();
    files.put(m.file(), ManifestText.write(m));
    return ManifestReader.read(files, "memory").actions().get(0);
  }

  private static Manifest manifest(List<Input> inputs, List<Output> outputs) {
    return new Manifest("acme__tricky.yml", "acme/tricky", "1.10", "0123456789abcdef0123456789abcdef01234567",
        "Tricky", "composite", inputs, outputs);
  }

  @Test
  void textThatYamlWouldMisreadIsQuotedAndReadsBackUnchanged() {
    List<Input> inputs = List.of(
        new Input("mode", "mode", Type.ENUM, false, "true", List.of("true", "no", "a,b", "x: y", "auto"), null, null,
            "Values: yes, no # and more"),
        new Input("items", "items", Type.LIST, true, "", List.of(), "\n", null, "'quoted' and \"double\" \\ back"),
        new Input("name", "nameInput", Type.STRING, false, "${{ github.token }}", List.of(), null,
            "deprecated: use \"token\" instead\nsecond line", "- starts like a list item"),
        new Input("count", "count", Type.NUMBER, false, "010", List.of(), null, null, "Ünïcödé and tab\there"));
    Manifest m = manifest(inputs, List.of(new Output("class", "classOutput", "@ at the start")));

    assertThat(roundTrip(m)).isEqualTo(m);
  }

  @Test
  void emptyInputsAndOutputsAndAnAbsentRuntime() {
    Manifest m = new Manifest("acme__bare.yml", "acme/bare", "v1.0.0", "0123456789abcdef0123456789abcdef01234567",
        "Bare", null, List.of(), List.of());

    assertThat(ManifestText.write(m)).isEqualTo("""
        action: acme/bare
        version: v1.0.0
        sha: 0123456789abcdef0123456789abcdef01234567
        class: Bare
        inputs: []
        outputs: []
        """);
    assertThat(roundTrip(m)).isEqualTo(m);
  }
}
