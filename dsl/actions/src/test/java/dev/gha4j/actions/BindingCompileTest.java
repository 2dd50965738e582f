package dev.gha4j.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.actions.InProcessJavac.Message;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** What the bindings promise at compile time, proven by compiling small pipelines with javac. */
class BindingCompileTest {

  private static List<Message> compilePipeline(String... steps) {
    String source = """
        package snippet;

        import dev.gha4j.actions.*;
        import dev.gha4j.expr.Expr;
        import dev.gha4j.model.Job;

        class Pipeline {
          Job job() {
            return Job.builder("build").runsOn("ubuntu-latest").steps(
        %s
            ).build();
          }
        }
        """.formatted(String.join(",\n", steps));
    return InProcessJavac.compile(Map.of("snippet/Pipeline.java", source));
  }

  /** Steps start on line 10 of the snippet. */
  private static final int FIRST_STEP_LINE = 10;

  @Test
  void misspelledInputIsACompileErrorOnItsLineNamingTheUnknownMethod() {
    List<Message> messages = compilePipeline(
        "        Checkout.of().fetchDepth(0)",
        "        Checkout.of().persistCredentails(false)");

    assertThat(messages).filteredOn(m -> m.kind() == Diagnostic.Kind.ERROR).singleElement().satisfies(error -> {
      assertThat(error.file()).endsWith("snippet/Pipeline.java");
      assertThat(error.line()).isEqualTo(FIRST_STEP_LINE + 1);
      assertThat(error.text()).contains("cannot find symbol", "method persistCredentails(boolean)", "Checkout");
    });
  }

  @Test
  void omittedRequiredInputIsACompileError() {
    List<Message> messages = compilePipeline("        ConfigureAwsCredentials.of().roleToAssume(\"arn:aws:iam::1:role/ci\")");

    assertThat(messages).filteredOn(m -> m.kind() == Diagnostic.Kind.ERROR).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(FIRST_STEP_LINE);
      assertThat(error.text()).contains("of").contains("ConfigureAwsCredentials");
    });
  }

  @Test
  void wrongValueTypeForATypedInputIsACompileError() {
    List<Message> messages = compilePipeline("        UploadArtifact.of(\"dist/\").retentionDays(\"five\")");

    assertThat(messages).filteredOn(m -> m.kind() == Diagnostic.Kind.ERROR).singleElement()
        .satisfies(error -> assertThat(error.text()).contains("retentionDays"));
  }

  @Test
  void correctPipelineCompilesWithoutErrorsOrWarnings() {
    List<Message> messages = compilePipeline(
        "        Checkout.of().persistCredentials(false).fetchDepth(0)",
        "        ConfigureAwsCredentials.of(\"eu-west-1\").roleToAssume(Expr.vars(\"DEPLOY_ROLE\"))",
        "        Cache.of(\"~/.m2/repository\", \"maven-\" + Expr.hashFiles(\"**/pom.xml\")).restoreKeys(\"maven-\")",
        "        UploadArtifact.of(\"dist/\").ifNoFilesFound(UploadArtifact.IfNoFilesFound.ERROR).path(\"a\", \"b\")",
        "        AmazonEcsRenderTaskDefinition.of(\"app\", Expr.stepOutput(\"build\", \"image\")).taskDefinition(\"td.json\")");

    assertThat(messages).isEmpty();
  }

  @Test
  void deprecatedInputCompilesWithADeprecationWarning() {
    List<Message> messages = compilePipeline("        Cache.of(\"node_modules\", \"npm\").saveAlways(true)");

    assertThat(messages).singleElement().satisfies(warning -> {
      assertThat(warning.kind()).isIn(Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING);
      assertThat(warning.text()).contains("saveAlways(boolean)", "deprecated");
    });
  }
}
