package com.financehub.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.emit.WorkflowYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every {@code run} script of every committed workflow parses as shell: {@code bash -n} (or
 * {@code sh -n} for {@code shell: sh}), with each {@code ${{ }}} replaced by a placeholder word, as
 * the runner replaces it with text before the shell sees the script.
 */
class RunScriptSyntaxTest {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{.*?}}", Pattern.DOTALL);

  private record Script(String where, String shell, String text) {}

  @TestFactory
  Stream<DynamicTest> everyRunScriptParses() throws IOException {
    List<Script> scripts = scripts();
    assertThat(scripts).as("the committed workflows have run steps").isNotEmpty();
    return scripts.stream().map(s -> DynamicTest.dynamicTest(s.where(), () -> assertParses(s)));
  }

  private static List<Script> scripts() throws IOException {
    List<Script> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(RepoPaths.workflows())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        JsonNode workflow = WorkflowYaml.parse(Files.readString(file));
        String defaultShell = workflow.path("defaults").path("run").path("shell").asString("bash");
        for (var job : workflow.path("jobs").properties()) {
          String jobShell = job.getValue().path("defaults").path("run").path("shell").asString(defaultShell);
          int index = 0;
          for (JsonNode step : job.getValue().path("steps").values()) {
            index++;
            if (!step.has("run")) continue;
            String name = step.path("name").asString(step.path("id").asString("step " + index));
            scripts.add(new Script(file.getFileName() + " / " + job.getKey() + " / " + name,
                step.path("shell").asString(jobShell), step.path("run").asString()));
          }
        }
      }
    }
    return scripts;
  }

  private static void assertParses(Script s) throws IOException, InterruptedException {
    String shell = s.shell().startsWith("sh") ? "sh" : "bash";
    Path file = Files.createTempFile("run-script", ".sh");
    try {
      Files.writeString(file, EXPRESSION.matcher(s.text()).replaceAll("GHA4J_EXPRESSION"), StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(shell, "-n", file.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("%s -n says:%n%s%nscript:%n%s", shell, output, s.text()).isZero();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
