package dev.gha4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenTest {
  @TempDir Path manifests;
  @TempDir Path out;

  @Test
  void generatingTwiceGivesIdenticalBytes() {
    Fixtures.demo(manifests);

    assertThat(Codegen.generate(manifests)).isEqualTo(Codegen.generate(manifests));
  }

  @Test
  void oneClassPerManifest() {
    SortedMap<String, String> sources = Codegen.generate(Fixtures.dir(manifests, "octo__demo.yml", Fixtures.DEMO,
        "octo__other.yml", Fixtures.DEMO.replace("octo/demo", "octo/other").replace("class: Demo", "class: Other")));

    assertThat(sources).containsOnlyKeys("dev/gha4j/actions/Demo.java", "dev/gha4j/actions/Other.java",
        "dev/gha4j/actions/KnownActions.java");
  }

  @Test
  void mandatoryInputsBecomeFactoryParametersAndOptionalOnesFluentMethods() {
    String demo = Codegen.generate(Fixtures.demo(manifests)).get("dev/gha4j/actions/Demo.java");

    assertThat(demo)
        .contains("public static Demo of(String script)", "public static Demo of(Expr script)")
        .doesNotContain("public static Demo of()")
        .contains("public Demo level(Level value)", "public Demo level(Expr value)")
        .contains("public Demo paths(String... values)", "String.join(\"\\n\", List.of(values))")
        .contains("public Demo depth(long value)")
        .contains("@Deprecated\n  public Demo oldFlag(boolean value)", "@deprecated use depth instead")
        .contains("public Expr result()", "Expr.stepOutput(stepId, \"result\")")
        .contains("new ActionRef(\"octo/demo\", \"0123456789abcdef0123456789abcdef01234567\", \"v1.2.3\")");
  }

  @Test
  void writeKeepsUnchangedFilesAndDeletesStaleOnes() throws Exception {
    SortedMap<String, String> sources = Codegen.generate(Fixtures.demo(manifests));
    Codegen.write(sources, out);
    Path demo = out.resolve("dev/gha4j/actions/Demo.java");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(demo, old);
    Path stale = Files.writeString(out.resolve("dev/gha4j/actions/Removed.java"), "class Removed {}");

    Codegen.write(sources, out);

    assertThat(Files.getLastModifiedTime(demo)).isEqualTo(old);
    assertThat(stale).doesNotExist();
  }

  @Test
  void theClassSaysWhatTheActionRunsOn() {
    Fixtures.dir(manifests, "octo__demo.yml", Fixtures.DEMO.replace("class: Demo\n", "class: Demo\nruntime: node20\n"));

    assertThat(Codegen.generate(manifests).get("dev/gha4j/actions/Demo.java"))
        .contains("The action runs on {@code node20}.");
  }
}
