package dev.gha4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.codegen.Manifest.Input;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  @TempDir Path dir;

  @Test
  void validManifestIsReadWithMandatoryInputs() {
    Catalog catalog = ManifestReader.read(Fixtures.demo(dir));

    Manifest demo = catalog.actions().get(0);
    assertThat(demo.mandatoryInputs()).extracting(Input::name).containsExactly("script");
    assertThat(demo.inputs()).extracting(Input::javaName).containsExactly("script", "level", "paths", "depth", "oldFlag");
    assertThat(demo.inputs().get(2).separator()).isEqualTo("\n");
  }

  @Test
  void enumDefaultOutsideItsValuesIsRejected() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("default: \"low\"", "default: \"medium\""));

    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("octo__demo.yml: input 'level': default 'medium' is not one of [low, high]");
  }

  @Test
  void misspelledManifestKeyIsRejected() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("default: \"1\"", "defualt: \"1\""));

    assertThatThrownBy(() -> ManifestReader.read(dir)).hasMessageContaining("input 'depth': unknown key 'defualt'");
  }

  @Test
  void inputNamedLikeAStepMethodMustGetAJavaName() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("name: paths", "name: name"));

    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("input 'name': 'name' cannot be a method name; set java:");
  }

  @Test
  void inputsThatMapToTheSameMethodAreRejected() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("name: paths", "name: old_flag"));

    assertThatThrownBy(() -> ManifestReader.read(dir)).hasMessageContaining("method oldFlag already used");
  }

  @Test
  void everyProblemIsReportedInOneMessage() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO
        .replace("sha: 0123", "sha: 0X23")
        .replace("type: number", "type: integer")
        .replace("name: script", "name: 'bad name'"));

    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("sha must be 40 lowercase hex digits")
        .hasMessageContaining("unknown type 'integer'")
        .hasMessageContaining("input 'bad name': not a kebab or snake case name");
  }

  @Test
  void fileNameMustMatchTheAction() {
    Fixtures.dir(dir, "octo__other.yml", Fixtures.DEMO);

    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("octo__other.yml: file for octo/demo must be named octo__demo.yml");
  }

  @Test
  void actionRefusedByThePolicyRulesGetsNoBinding() {
    Fixtures.dir(dir, "actions__create-release.yml", Fixtures.DEMO.replace("octo/demo", "actions/create-release"));

    assertThatThrownBy(() -> ManifestReader.read(dir)).hasMessageContaining(
        "actions__create-release.yml: actions/create-release gets no binding because policy rule GHA004 refuses it "
            + "(actions/create-release is archived and unmaintained and runs on the removed node12 runtime); "
            + "bind softprops/action-gh-release instead");
  }

  @Test
  void actionInsideARefusedRepositoryGetsNoBindingEither() {
    Fixtures.dir(dir, "8398A7__Action-Slack__notify.yml",
        Fixtures.DEMO.replace("octo/demo", "8398A7/Action-Slack/notify"));

    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("8398A7/Action-Slack/notify gets no binding because policy rule GHA004 refuses it");
  }

  @Test
  void leftoverDeprecatedListInTheManifestDirectoryIsRejected() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO, "deprecated.yml", """
        deprecated:
          - action: octo/old
            replacement: octo/demo
            reason: Gone.
        """);

    assertThatThrownBy(() -> ManifestReader.read(dir)).hasMessageContaining("deprecated.yml: unknown key 'deprecated'");
  }

  @Test
  void theRuntimeIsReadAndMustBeWhatActionYmlCanSay() {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("class: Demo\n", "class: Demo\nruntime: node24\n"));
    assertThat(ManifestReader.read(dir).actions().get(0).runtime()).isEqualTo("node24");

    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("class: Demo\n", "class: Demo\nruntime: java\n"));
    assertThatThrownBy(() -> ManifestReader.read(dir))
        .hasMessageContaining("octo__demo.yml: runtime 'java' is not nodeNN, composite or docker");
  }
}
