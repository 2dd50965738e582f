package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage errors of the command line: exit code 2 and the usage, never a stack trace. */
class ActionsCommandTest {
  private static String usageError(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ActionsCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("usage: actions add --uses").doesNotContain("Exception");
    return text;
  }

  @Test
  void unknownCommandsOptionsAndMissingValuesAreUsageErrors() {
    assertThat(usageError()).startsWith("no command given");
    assertThat(usageError("upgrade")).startsWith("unknown command 'upgrade'");
    assertThat(usageError("bump", "--actoin", "acme/hello")).startsWith("unknown option '--actoin'");
    assertThat(usageError("bump", "acme/hello")).startsWith("unexpected argument 'acme/hello'");
  }

  @Test
  void addWithoutUsesSaysWhichActionIsNeeded() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ActionsCommand.run(new String[] {"add", "--uses="}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("say which action: USES=owner/repo@vX.Y.Z (--uses)\n");
  }

  @Test
  void emptyAndUnsetMavenPropertiesCountAsNotGiven() {
    ActionsCommand.Options o = ActionsCommand.Options.parse(
        new String[] {"bump", "--action=", "--to=${actions.to}", "--git-host", "file:///srv/git"});

    assertThat(o.values()).containsOnlyKeys("git-host");
  }
}
