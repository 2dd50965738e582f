package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.generate.Header;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the imported Java looks like; every case is also compiled and round-tripped. */
class JavaWriterTest {
  private static final String CHECKOUT_SHA = Corpus.bindings().forAction("actions/checkout").sha();

  /** Imports {@code yaml}, checks that it round-trips, and returns the Java. */
  private static String imported(String yaml) {
    RoundTrip.Result result = RoundTrip.run(Map.of("ci.yml", yaml)).get("ci.yml");
    assertThat(result.outcome()).as("%s%n%s", result.detail(), result.java()).isEqualTo(RoundTrip.Outcome.PASSED);
    return result.java();
  }

  private static String steps(String steps) {
    return "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n" + steps.indent(6);
  }

  @Test
  void anActionPinnedToTheManifestCommitBecomesItsTypedBinding() {
    String java = imported(steps("- uses: actions/checkout@" + CHECKOUT_SHA + "\n  with:\n    persist-credentials: false\n"
        + "    fetch-depth: 0\n"));

    assertThat(java).contains("import dev.gha4j.actions.Checkout;", "Checkout.of().persistCredentials(false).fetchDepth(0)");
  }

  @Test
  void aValueTheBindingWouldWriteDifferentlyKeepsTheUntypedFormOfThePinnedAction() {
    String java = imported(steps("- uses: actions/checkout@" + CHECKOUT_SHA + "\n  with:\n    persist-credentials: 'false'\n"));

    assertThat(java).contains("Step.uses(Checkout.REF).with(\"persist-credentials\", \"false\")");
  }

  @Test
  void otherCommitsBecomeConstantsWithTheirVersionAndTagsStayText() {
    String other = "fedcba9876543210fedcba9876543210fedcba98";
    String java = imported(steps("- uses: actions/checkout@" + other + " # v3.0.0\n- uses: actions/checkout@" + other
        + " # v3.0.0\n- uses: octo/tool@v2\n"));

    assertThat(java)
        .contains("private static final ActionRef CHECKOUT =\n      new ActionRef(\"actions/checkout\", \"" + other + "\", \"v3.0.0\");")
        .contains("Step.uses(CHECKOUT),\n            Step.uses(CHECKOUT),")
        .contains("Step.uses(\"octo/tool@v2\")");
  }

  @Test
  void jobsAreVariablesSoNeedsAreReferencesAndLongJobsGetAMethod() {
    String java = imported("""
        on: push
        jobs:
          deploy:
            needs: [build, test]
            runs-on: x
            steps: [run: ./deploy]
          test: {needs: build, runs-on: x, steps: [run: make test]}
          build:
            runs-on: x
            outputs: {tag: "${{ steps.t.outputs.tag }}"}
            steps:
              - {id: t, run: echo tag=1 >> "$GITHUB_OUTPUT"}
              - run: make
              - run: make check
              - run: make dist
              - run: make docs
        """);

    assertThat(java)
        .contains("Job build = build();\n    Job test = Job.builder(\"test\")")
        .contains(".needs(build)")
        .contains(".needs(build, test)")
        .contains("private Job build() {")
        .contains(".output(\"tag\", Expr.stepOutput(\"t\", \"tag\"))")
        .contains(".jobs(deploy, test, build)");
  }

  @Test
  void scriptsOfSeveralLinesAreTextBlocks() {
    String java = imported(steps("- name: Build\n  run: |\n    # a shell comment, not YAML\n    make \\\n      all\n"));

    assertThat(java).contains(String.join("\n",
        "            Step.named(\"Build\")",
        "                .run(\"\"\"",
        "                    # a shell comment, not YAML",
        "                    make \\\\",
        "                      all",
        "                    \"\"\"))"));
  }

  @Test
  void yamlCommentsGoAboveTheCodeForTheirNode() {
    String java = imported("""
        # Builds the project.
        on: push
        jobs:
          # The only job.
          build:
            runs-on: x
            steps:
              # Compile first.
              - run: make
              - uses: octo/tool@v1
                with:
                  # Keep it quiet.
                  verbose: false
                  level: 3 # the highest
        """);

    assertThat(java)
        .startsWith("// Builds the project.\npackage dev.gha4j.imported;")
        .contains("  private Job build() {\n    // The only job.\n    return Job.builder(\"build\")")
        .contains("            // Compile first.\n            Step.run(\"make\"),")
        .contains("                // Keep it quiet.\n                .with(\"verbose\", false)")
        .contains("                // the highest\n                .with(\"level\", 3)");
  }

  @Test
  void keysGha4jLacksAreEscapeHatchesUnderATodo() {
    String java = imported("on: push\njobs:\n  build:\n    runs-on: x\n    snapshot: my-image\n    steps: [run: make]\n");

    assertThat(java).contains(
        "        // TODO: gha4j does not model the job key 'snapshot' yet; it is kept as YAML.\n"
            + "        .escapeHatch(\"snapshot\", Raw.yaml(\"my-image\"))");
  }

  @Test
  void allowancesRoundTripToTheSameBytes() {
    Workflow w = Workflow.builder("ci")
        .allow(() -> "GHA006", "public repository")
        .on(Trigger.push())
        .jobs(Job.builder("build").runsOn("x").allow(() -> "GHA005", "takes seconds")
            .steps(Step.run("make || true").allow(() -> "GHA001", "best effort")).build())
        .build();
    String yaml = WorkflowYaml.render(w, Header.lines(JavaWriterTest.class));

    RoundTrip.Result result = RoundTrip.run(Map.of("ci.yml", yaml)).get("ci.yml");

    assertThat(result.outcome()).as(result.detail()).isEqualTo(RoundTrip.Outcome.PASSED);
    assertThat(result.java()).contains(".allow(Rule.MISSING_PERMISSIONS, \"public repository\")",
        ".allow(Rule.MISSING_TIMEOUT, \"takes seconds\")", ".allow(Rule.SILENT_FAILURE, \"best effort\")");
    assertThat(FinanceHubDogfoodTest.withoutHeader(result.yaml())).isEqualTo(FinanceHubDogfoodTest.withoutHeader(yaml));
  }

  @Test
  void anAllowanceOfARuleGha4jDoesNotKnowStaysACommentWithACheck() {
    Importer.Imported imported = new Importer(Bindings.none(), "p").importWorkflow("ci.yml",
        "# gha4j allows GHA099: a rule of a newer gha4j\non: push\njobs:\n  a: {runs-on: x, steps: [run: y]}\n");

    assertThat(imported.source()).doesNotContain("GHA099\", ").contains(
        "    // gha4j allows GHA099: a rule of a newer gha4j\n"
            + "    // check: '# gha4j allows GHA099' names no rule this version of gha4j knows, so it suppresses nothing;"
            + " kept as a comment\n"
            + "    return Workflow.builder(\"ci.yml\")");
    assertThat(imported.checks()).containsExactly("ci.yml:1: '# gha4j allows GHA099' names no rule this version of"
        + " gha4j knows, so it suppresses nothing; kept as a comment");
  }
}
