package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.manifests.ActionMetadata.ActionInput;
import dev.gha4j.codegen.manifests.InputTypes.Typed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which metadata makes an input's type unambiguous, and which leaves it a string. */
class InputTypesTest {
  private static Typed infer(String name, String description, String defaultValue) {
    return InputTypes.infer(new ActionInput(name, description, false, defaultValue, null));
  }

  private static Typed enumOf(String... values) {
    return new Typed(Type.ENUM, List.of(values), null);
  }

  @Test
  void trueOrFalseDefaultsAreBooleans() {
    assertThat(infer("clean", "Clean first.", "true").type()).isEqualTo(Type.BOOLEAN);
    assertThat(infer("lfs", "Fetch LFS objects.", "false").type()).isEqualTo(Type.BOOLEAN);
    assertThat(infer("mode", "How to run.", "True").type()).isEqualTo(Type.STRING);
    assertThat(infer("verbose", "Log more.", null).type()).isEqualTo(Type.STRING);
  }

  @Test
  void wholeNumberDefaultsAreNumbersUnlessTheNameSaysVersionIdShaRefOrTag() {
    assertThat(infer("fetch-depth", "Commits to fetch.", "1").type()).isEqualTo(Type.NUMBER);
    assertThat(infer("retention-days", "Days to keep.", "0").type()).isEqualTo(Type.NUMBER);
    assertThat(infer("python-version", "Version to install.", "3").type()).isEqualTo(Type.STRING);
    assertThat(infer("app-id", "The app.", "12345").type()).isEqualTo(Type.STRING);
    assertThat(infer("timeout", "Seconds.", "1.5").type()).isEqualTo(Type.STRING);
    assertThat(infer("mode", "Octal mode.", "0644").type()).isEqualTo(Type.STRING);
  }

  @Test
  void aDescriptionThatSaysHowItemsAreSeparatedMakesAList() {
    assertThat(infer("files", "Comma-separated list of files.", null)).isEqualTo(new Typed(Type.LIST, List.of(), ","));
    assertThat(infer("ids", "Account IDs, comma delimited.", null).separator()).isEqualTo(",");
    assertThat(infer("tags", "Tags, newline-separated.", null).separator()).isEqualTo("\n");
    assertThat(infer("keys", "An ordered multiline string listing key prefixes.", null).separator()).isEqualTo("\n");
    assertThat(infer("patterns", "Patterns. Each pattern should be separated with new lines.", null).separator())
        .isEqualTo("\n");
    assertThat(infer("globs", "Globs to upload, one per line.", null).separator()).isEqualTo("\n");
    assertThat(infer("inputs", "What to audit, whitespace separated.", null).separator()).isEqualTo(" ");
    assertThat(infer("labels", "Labels, comma or newline separated.", null).separator()).isEqualTo("\n");
  }

  @Test
  void listedValuesMakeAnEnumInTheDescriptionsOrder() {
    assertThat(infer("level", "Fail at this severity. Possible values are `low`, `moderate`, `high`.", null))
        .isEqualTo(enumOf("low", "moderate", "high"));
    assertThat(infer("on-mismatch", "What to do. Options: ignore, info, warn, error. Default is error.", "error"))
        .isEqualTo(enumOf("ignore", "info", "warn", "error"));
    assertThat(infer("launch", "Launch type. Valid values are 'FARGATE' or 'EC2'. Will default to 'FARGATE'.", null))
        .isEqualTo(enumOf("FARGATE", "EC2"));
    assertThat(infer("encoding", "Either \"string\" or \"json\" (default \"json\"), how the result is encoded",
        "json")).isEqualTo(enumOf("string", "json"));
    assertThat(infer("source", "Where from. Allowed options are \"workflow\"  (default), \"git\".", "workflow"))
        .isEqualTo(enumOf("workflow", "git"));
    assertThat(infer("kind", "Which registry.\nOptions: [private, public]", "private"))
        .isEqualTo(enumOf("private", "public"));
    assertThat(infer("cache", "Package manager to cache. Supported values: npm, yarn, pnpm.", null))
        .isEqualTo(enumOf("npm", "yarn", "pnpm"));
  }

  @Test
  void valuesListedOnePerLineMakeAnEnumToo() {
    assertThat(infer("if-missing", "What to do when nothing matches.\n\nAvailable Options:\n  warn: Warn\n"
        + "  error: Fail the step\n  ignore: Say nothing\n", "warn")).isEqualTo(enumOf("warn", "error", "ignore"));
    assertThat(infer("build-mode", "How to build. One of:\n\n- `none`:      Nothing is built.\n"
        + "               Works for scripts.\n- `autobuild`: Build automatically.\n- `manual`: You build.\n", null))
        .isEqualTo(enumOf("none", "autobuild", "manual"));
  }

  @Test
  void aListOfExactlyTrueAndFalseIsABoolean() {
    assertThat(infer("mask", "Hide it.\nOptions: ['true', 'false']", "true").type()).isEqualTo(Type.BOOLEAN);
  }

  @Test
  void anythingAmbiguousStaysAString() {
    // items that are prose, not values
    assertThat(infer("tools", "Which bundle. One of:\n\n- A local path, or\n- `linked` for the bundled one\n", null))
        .isEqualTo(Typed.of(Type.STRING));
    // a default outside the listed values: the list is not the whole story
    assertThat(infer("mode", "Possible values are `fast`, `slow`.", "medium").type()).isEqualTo(Type.STRING);
    // one value is no choice
    assertThat(infer("os", "Override the OS. Options available at example.com", null).type()).isEqualTo(Type.STRING);
    // "either" in the middle of prose names other inputs, not values
    assertThat(infer("name", "Use either `name` or `ids`, not both.", null).type()).isEqualTo(Type.STRING);
    // values that would become the same Java constant
    assertThat(infer("case", "Possible values are `a-b`, `a_b`.", null).type()).isEqualTo(Type.STRING);
    assertThat(infer("token", "A token.", "${{ github.token }}").type()).isEqualTo(Type.STRING);
  }
}
