package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 from end to end, with a local bare repository standing in for GitHub: add an action,
 * use it in a pipeline, see it outdated, bump it, then adopt a Dependabot-style edit of the
 * generated YAML so that generating again gives exactly the bot's YAML (what {@code make test}
 * checks). Each step runs the Java entry point the make target runs.
 */
class ActionsLifecycleTest {
  static final String HELLO_V1 = """
      name: Hello
      description: Says hello.
      inputs:
        greeting:
          description: Whom to greet.
          required: true
        loud:
          description: Shout the greeting.
          default: 'false'
        times:
          description: How often to greet.
          default: '1'
        style:
          description: "Output style. One of: plain, fancy."
          default: plain
        old-flag:
          description: Kept for compatibility.
          deprecationMessage: Use style instead.
      outputs:
        said:
          description: What was said.
      runs:
        using: node24
        main: index.js
      """;
  static final String HELLO_V1_1 = HELLO_V1.replace("\noutputs:",
      "\n  languages:\n    description: Comma-separated list of languages to greet in.\noutputs:");
  static final String PIPELINE = """
      package demo;

      import dev.gha4j.actions.Hello;
      import dev.gha4j.api.WorkflowSource;
      import dev.gha4j.model.Access;
      import dev.gha4j.model.Job;
      import dev.gha4j.model.Permissions;
      import dev.gha4j.model.Trigger;
      import dev.gha4j.model.Workflow;

      public final class HelloWorkflow implements WorkflowSource {
        @Override
        public Workflow workflow() {
          Job greet = Job.builder("greet").runsOn("ubuntu-latest").timeoutMinutes(5)
              .steps(Hello.of("world").loud(true).times(3).style(Hello.Style.FANCY))
              .build();
          return Workflow.builder("hello").on(Trigger.push().branches("main"))
              .permissions(Permissions.contents(Access.READ)).jobs(greet).build();
        }
      }
      """;

  @TempDir Path tmp;

  @Test
  void addUseOutdatedBumpAndAdoptADependabotEdit() throws Exception {
    GitFixture git = new GitFixture(tmp.resolve("git"));
    GitFixture.Repo hello = git.repository("acme/hello");
    String v100 = hello.commitActionYml(HELLO_V1);
    hello.tag("v1.0.0");
    Project project = new Project(tmp.resolve("project"), git.baseUrl());

    // make action USES=acme/hello@v1.0.0
    Project.Run added = project.run("add", "--uses", "acme/hello@v1.0.0");
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out()).contains("added acme/hello v1.0.0 (commit " + v100 + ", node24): 5 inputs "
        + "(1 boolean, 1 enum, 1 number, the rest string), 1 output", "use it: Hello.of(greeting)",
        "note: input old-flag is deprecated: Use style instead.");
    assertThat(project.manifest("acme__hello.yml")).startsWith("""
        action: acme/hello
        version: v1.0.0
        sha: %s
        class: Hello
        runtime: node24
        """.formatted(v100));
    assertThat(Project.tree(project.sources)).containsOnlyKeys("dev/gha4j/actions/Hello.java", "dev/gha4j/actions/KnownActions.java");
    assertThat(Project.tree(project.sources).get("dev/gha4j/actions/Hello.java"))
        .contains("public static Hello of(String greeting)", "public Hello loud(boolean value)",
            "public Hello times(long value)", "public Hello style(Style value)", "@Deprecated\n  public Hello oldFlag(");

    // a pipeline uses the binding; make generate
    Project.Generated first = project.generate(Map.of("demo/HelloWorkflow.java", PIPELINE), "demo.HelloWorkflow");
    assertThat(first.errors()).isEmpty();
    assertThat(first.files().get("hello.yml")).contains("uses: acme/hello@" + v100 + " # v1.0.0",
        "greeting: world", "loud: true", "times: 3", "style: fancy");

    // the fixture gains v1.1.0 (an annotated tag) with a new input; make actions-outdated
    String v110 = hello.commitActionYml(HELLO_V1_1);
    hello.annotatedTag("v1.1.0");
    Project.Run outdated = project.run("outdated");
    assertThat(outdated.exit()).as(outdated.err()).isZero();
    assertThat(outdated.out()).containsPattern("acme/hello +v1\\.0\\.0 +v1\\.1\\.0 +v1\\.1\\.0")
        .contains("1 of 1 actions have newer releases");

    // make actions-bump ACTION=acme/hello: pinned to the commit, not to the annotated tag's object
    Project.Run bumped = project.run("bump", "--action", "acme/hello");
    assertThat(bumped.exit()).as(bumped.err()).isZero();
    assertThat(bumped.out()).contains("acme/hello v1.0.0 -> v1.1.0 (commit " + v110 + ")",
        "+ input languages (list): .languages(...)");
    assertThat(project.manifest("acme__hello.yml")).contains("version: v1.1.0\nsha: " + v110 + "\n")
        .doesNotContain(hello.tagObject("v1.1.0"));
    String generated = project.generate(Map.of("demo/HelloWorkflow.java", PIPELINE), "demo.HelloWorkflow")
        .files().get("hello.yml");
    assertThat(generated).contains("uses: acme/hello@" + v110 + " # v1.1.0");

    // Dependabot moves the generated YAML to v1.2.0; make adopt-bumps, then make generate
    String v120 = hello.commitActionYml(HELLO_V1_1 + "# v1.2.0: a fix\n");
    hello.tag("v1.2.0");
    String dependabot = generated.replace("acme/hello@" + v110 + " # v1.1.0", "acme/hello@" + v120 + " # v1.2.0");
    assertThat(dependabot).isNotEqualTo(generated);
    project.writeWorkflow("hello.yml", dependabot);
    Project.Run adopted = project.run("adopt-bumps");
    assertThat(adopted.exit()).as(adopted.err()).isZero();
    assertThat(adopted.out()).contains("acme/hello v1.1.0 -> v1.2.0 (commit " + v120 + ") from hello.yml:",
        "next: make generate, then make test");
    Project.Generated regenerated = project.generate(Map.of("demo/HelloWorkflow.java", PIPELINE), "demo.HelloWorkflow");

    assertThat(regenerated.files()).containsExactly(Map.entry("hello.yml", dependabot));
  }

  @Test
  void anInputRemovedByABumpIsACompileErrorAtThePipelineLineThatStillSetsIt() throws Exception {
    GitFixture git = new GitFixture(tmp.resolve("git"));
    GitFixture.Repo hello = git.repository("acme/hello");
    hello.commitActionYml(HELLO_V1);
    hello.tag("v1.0.0");
    Project project = new Project(tmp.resolve("project"), git.baseUrl());
    assertThat(project.run("add", "--uses", "acme/hello@v1.0.0").exit()).isZero();
    String pipeline = PIPELINE.replace(".style(Hello.Style.FANCY))", ".style(Hello.Style.FANCY)\n"
        + "                  .oldFlag(\"yes\"))");
    int line = pipeline.substring(0, pipeline.indexOf(".oldFlag(")).split("\n", -1).length;
    assertThat(project.generate(Map.of("demo/HelloWorkflow.java", pipeline), "demo.HelloWorkflow").errors()).isEmpty();
    hello.commitActionYml(HELLO_V1.replace("  old-flag:\n    description: Kept for compatibility.\n"
        + "    deprecationMessage: Use style instead.\n", ""));
    hello.tag("v2.0.0");

    Project.Run bumped = project.run("bump", "--action", "acme/hello", "--to", "v2.0.0");

    assertThat(bumped.out()).contains("- input old-flag removed: pipelines calling .oldFlag(...) no longer compile");
    assertThat(project.generate(Map.of("demo/HelloWorkflow.java", pipeline), "demo.HelloWorkflow").errors())
        .containsOnlyKeys("demo/HelloWorkflow.java")
        .extractingByKey("demo/HelloWorkflow.java", list(String.class)).singleElement(STRING)
        .startsWith("demo/HelloWorkflow.java:" + line + ": cannot find symbol")
        .contains("method oldFlag(java.lang.String)", "class dev.gha4j.actions.Hello");
  }
}
