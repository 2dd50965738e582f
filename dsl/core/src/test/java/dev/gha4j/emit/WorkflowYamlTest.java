package dev.gha4j.emit;

import static dev.gha4j.emit.Render.job;
import static dev.gha4j.emit.Render.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Access;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The top level of a workflow file: its keys, their order, header and layout. */
@Isolated // sets the default Locale, which every other test would see
class WorkflowYamlTest {

  private static Workflow.Builder minimal() {
    return Workflow.builder("ci").on(Trigger.push());
  }

  private static Job make() {
    return job().steps(Step.run("make")).build();
  }

  @Test
  void minimalWorkflowReadsAsAPersonWouldWriteIt() {
    assertThat(yaml(minimal().jobs(make()).build())).isEqualTo("""
        on:
          push: {}

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: make
        """);
  }

  @Test
  void nameAndRunNameWithAnExpression() {
    Workflow w = minimal().name("CI").runName("Deploy " + Expr.github("ref_name") + " by @" + Expr.github("actor"))
        .jobs(make()).build();
    assertThat(yaml(w)).startsWith("""
        name: CI
        run-name: Deploy ${{ github.ref_name }} by @${{ github.actor }}
        on:
        """);
  }

  @Test
  void topLevelKeysFollowGitHubsDocumentedOrder() {
    // Set in reverse order: the emitter, not the call order, decides.
    Workflow w = Workflow.builder("ci")
        .concurrency(Concurrency.group("ci"))
        .defaults(Defaults.run().shell("bash"))
        .env("A", "1")
        .permissions(Permissions.readAll())
        .on(Trigger.push())
        .runName("run")
        .name("CI")
        .jobs(make())
        .build();
    assertThat(topLevelKeys(yaml(w)))
        .containsExactly("name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");
  }

  @Test
  void onIsNeverQuoted() {
    String yaml = yaml(minimal().name("CI").jobs(make()).build());
    assertThat(yaml).contains("\non:\n").doesNotContain("\"on\"").doesNotContain("'on'");
  }

  @Test
  void permissionShorthands() {
    assertThat(yaml(minimal().permissions(Permissions.readAll()).jobs(make()).build())).contains("\npermissions: read-all\n");
    assertThat(yaml(minimal().permissions(Permissions.writeAll()).jobs(make()).build())).contains("\npermissions: write-all\n");
    assertThat(yaml(minimal().permissions(Permissions.none()).jobs(make()).build())).contains("\npermissions: {}\n");
  }

  @Test
  void scopedPermissionsAreWrittenInScopeOrderWhateverTheCallOrder() {
    Permissions p = Permissions.of(Scope.STATUSES, Access.READ).and(Scope.ID_TOKEN, Access.WRITE)
        .and(Scope.CONTENTS, Access.READ).and(Scope.ACTIONS, Access.NONE).and(Scope.PULL_REQUESTS, Access.WRITE);
    assertThat(yaml(minimal().permissions(p).jobs(make()).build())).contains("""
        permissions:
          actions: none
          contents: read
          id-token: write
          pull-requests: write
          statuses: read
        """);
  }

  @Test
  void envKeepsInsertionOrderAndQuotesOnlyWhatYamlWouldMisread() {
    Workflow w = minimal().env("PYTHON_VERSION", "3.11").env("DEBUG", "false").env("REF", Expr.github("ref"))
        .env("GREETING", "hello world").jobs(make()).build();
    assertThat(yaml(w)).contains("""
        env:
          PYTHON_VERSION: "3.11"
          DEBUG: "false"
          REF: ${{ github.ref }}
          GREETING: hello world
        """);
  }

  @Test
  void defaultsRun() {
    Workflow w = minimal().defaults(Defaults.run().shell("bash").workingDirectory("apps/web")).jobs(make()).build();
    assertThat(yaml(w)).contains("""
        defaults:
          run:
            shell: bash
            working-directory: apps/web
        """);
  }

  @Test
  void concurrencyWithoutCancelIsJustTheGroup() {
    Workflow w = minimal().concurrency(Concurrency.group("deploy-" + Expr.github("ref"))).jobs(make()).build();
    assertThat(yaml(w)).contains("\nconcurrency: deploy-${{ github.ref }}\n");
  }

  @Test
  void concurrencyWithCancelInProgressAsBooleanOrExpression() {
    Workflow plain = minimal().concurrency(Concurrency.group("ci").cancelInProgress(true)).jobs(make()).build();
    assertThat(yaml(plain)).contains("""
        concurrency:
          group: ci
          cancel-in-progress: true
        """);
    Workflow expr = minimal()
        .concurrency(Concurrency.group("ci").cancelInProgress(Expr.github("event_name").eq("pull_request")))
        .jobs(make()).build();
    assertThat(yaml(expr)).contains("""
        concurrency:
          group: ci
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}
        """);
  }

  @Test
  void headerLinesAreCommentsFollowedByABlankLine() {
    String yaml = WorkflowYaml.render(minimal().jobs(make()).build(), List.of("Generated by X.", "", "Do not edit."));
    assertThat(yaml).startsWith("""
        # Generated by X.
        #
        # Do not edit.

        on:
        """);
  }

  @Test
  void aLineBreakInAHeaderLineCannotStartYaml() {
    String yaml = WorkflowYaml.render(minimal().jobs(make()).build(), List.of("one\nname: injected\u2028two"));
    assertThat(yaml).startsWith("# one name: injected two\n\non:\n");
    assertThat(WorkflowYaml.parse(yaml).has("name")).isFalse();
  }

  @Test
  void blankLineBeforeJobsAndBetweenJobsOnly() {
    Job a = Job.builder("a").runsOn("ubuntu-latest").steps(Step.run("one\ntwo\n")).build();
    Job b = Job.builder("b").runsOn("ubuntu-latest").steps(Step.run("b")).build();
    Job c = Job.builder("c").runsOn("ubuntu-latest").steps(Step.run("c")).build();
    assertThat(yaml(Workflow.builder("ci").name("CI").on(Trigger.push()).jobs(a, b, c).build())).isEqualTo("""
        name: CI
        on:
          push: {}

        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  one
                  two

          b:
            runs-on: ubuntu-latest
            steps:
              - run: b

          c:
            runs-on: ubuntu-latest
            steps:
              - run: c
        """);
  }

  @Test
  void onlyLineFeedsEndLines() {
    Workflow w = minimal().name("CI").jobs(job().steps(Step.run("a\r\nb\rc\n")).build()).build();
    String yaml = yaml(w);
    assertThat(yaml).doesNotContain("\r").endsWith("\n");
    assertThat(WorkflowYaml.parse(yaml).at("/jobs/build/steps/0/run").stringValue()).isEqualTo("a\r\nb\rc\n");
  }

  @Test
  void twoRendersAreByteIdentical() {
    assertThat(yaml(everything())).isEqualTo(yaml(everything()));
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    String root = yaml(everything());
    Locale saved = Locale.getDefault();
    try {
      // Turkish: "I".toLowerCase() is a dotless ı; Arabic: String.format would use other digits.
      for (String tag : List.of("tr-TR", "ar-SA", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(yaml(everything())).as(tag).isEqualTo(root);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  // Upper-case reserved words, numbers and I/i, which a locale could change.
  private static Workflow everything() {
    return Workflow.builder("ci").name("INTEGRATION").runName("Run " + Expr.github("sha"))
        .on(Trigger.push().branches("MAIN", "ISSUE-1"), Trigger.schedule("0 0 * * MON-FRI"))
        .permissions(Permissions.contents(Access.READ).and(Scope.ID_TOKEN, Access.WRITE))
        .env("YES", "YES").env("ON", "ON").env("NULL", "NULL").env("I", "INFO").env("PI", "3.14")
        .env("FLAG", Expr.literal(1.5).eq(Expr.literal(true)))
        .concurrency(Concurrency.group("ci").cancelInProgress(false))
        .jobs(job().timeoutMinutes(10).steps(Step.named("İstanbul").run("echo ISTANBUL\necho ıi\n")).build())
        .build();
  }

  private static List<String> topLevelKeys(String yaml) {
    Matcher m = Pattern.compile("(?m)^([a-z-]+):").matcher(yaml);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) keys.add(m.group(1));
    return keys;
  }
}
