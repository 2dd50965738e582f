package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input gets one clear error (exit code 1, {@code error: ...}) and leaves every manifest,
 * class and workflow as it was.
 */
class BadInputTest {
  @TempDir static Path shared;
  private static GitFixture git;
  private static SortedMap<String, String> withHello;
  private static String v100;

  @TempDir Path tmp;
  private Project project;

  /** One repository and one {@code make action}, shared by the tests: each starts from a copy. */
  @BeforeAll
  static void anActionAddedOnce() {
    git = new GitFixture(shared.resolve("git"));
    GitFixture.Repo hello = git.repository("acme/hello");
    v100 = hello.commitActionYml(ActionsLifecycleTest.HELLO_V1);
    hello.tag("v1.0.0");
    Project first = new Project(shared.resolve("first"), git.baseUrl());
    assertThat(first.run("add", "--uses", "acme/hello@v1.0.0").exit()).isZero();
    withHello = first.snapshot();
  }

  @BeforeEach
  void aProjectWithThatManifest() {
    project = new Project(tmp, git.baseUrl());
    project.restore(withHello);
  }

  /** Runs the command, expects it to fail with {@code message}, and checks that no file changed. */
  private String fails(Project on, String... args) {
    SortedMap<String, String> before = on.snapshot();
    Project.Run run = on.run(args);
    assertThat(run.exit()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(on.snapshot()).isEqualTo(before);
    assertThat(run.err()).startsWith("error: ").doesNotContain("Exception", "\tat ");
    return run.err();
  }

  @Test
  void anUnknownRepositoryOrTagSaysWhichAndNamesTheNewestReleases() {
    assertThat(fails(project, "add", "--uses", "acme/other@v1.0.0")).startsWith("error: no repository acme/other at ");

    assertThat(fails(project, "bump", "--action", "acme/hello", "--to", "v9.9.9"))
        .isEqualTo("error: acme/hello has no tag 'v9.9.9'; its newest releases: v1.0.0\n");
  }

  @Test
  void aRepositoryWithoutActionYml() {
    GitFixture.Repo docs = git.repository("acme/docs");
    docs.commit(Map.of("README.md", "no action here\n"));
    docs.tag("v1.0.0");

    assertThat(fails(project, "add", "--uses", "acme/docs@v1.0.0")).isEqualTo("error: acme/docs@v1.0.0 has no "
        + "action.yml or action.yaml at the repository's root; is it an action? (a reusable workflow is called from "
        + "a job, not used as a step)\n");
  }

  @Test
  void anActionYmlThatIsNotYamlOrNotAnAction() {
    GitFixture.Repo broken = git.repository("acme/broken");
    broken.commitActionYml("name: broken\ninputs:\n  a: [unclosed\n");
    broken.tag("v1.0.0");
    broken.commitActionYml("name: no runs\ninputs: {}\n");
    broken.tag("v2.0.0");

    assertThat(fails(project, "add", "--uses", "acme/broken@v1.0.0"))
        .startsWith("error: acme/broken@v1.0.0:action.yml:3: not valid YAML: ");
    assertThat(fails(project, "add", "--uses", "acme/broken@v2.0.0"))
        .startsWith("error: acme/broken@v2.0.0:action.yml: no runs.using; ");
  }

  @Test
  void aTagMovedSinceItWasPinnedStopsBumpAndAdoptAndIsReportedAsOutdatedWarning() throws IOException {
    GitFixture.Repo moving = git.repository("acme/moving");
    String pinned = moving.commitActionYml(ActionsLifecycleTest.HELLO_V1);
    moving.tag("v1.0.0");
    assertThat(project.run("add", "--uses", "acme/moving@v1.0.0").exit()).isZero();
    String moved = moving.commitActionYml(ActionsLifecycleTest.HELLO_V1 + "# other code\n");
    moving.tag("v1.0.0");

    assertThat(fails(project, "bump", "--action", "acme/moving", "--to", "v1.0.0"))
        .startsWith("error: tag v1.0.0 of acme/moving now points to commit " + moved + ", but acme__moving.yml pins "
            + "it at " + pinned + ": the tag was moved after it was pinned");
    assertThat(fails(project, "bump")).contains("now points to commit " + moved);
    project.writeWorkflow("moving.yml", "    steps:\n      - uses: acme/moving@" + "e".repeat(40) + " # v1.0.0\n");
    assertThat(fails(project, "adopt-bumps", "--workflows", project.workflows.toString()))
        .startsWith("error: tag v1.0.0 of acme/moving now points to commit " + moved + ", but moving.yml:2 pins it at ");
    Project.Run outdated = project.run("outdated");
    assertThat(outdated.exit()).isZero();
    assertThat(outdated.out()).contains("warning: tag v1.0.0 of acme/moving now points to " + moved
        + ", not to the pinned " + pinned);
  }

  @Test
  void aNetworkFailureStopsAddBumpAndOutdatedButAdoptGoesOnWithoutReReading() throws IOException {
    Project offline = new Project(tmp, "http://127.0.0.1:9");
    String unreachable = "error: cannot reach http://127.0.0.1:9 to read acme/";

    assertThat(fails(offline, "add", "--uses", "acme/other@v1.0.0")).startsWith(unreachable + "other: ");
    assertThat(fails(offline, "bump")).startsWith(unreachable + "hello: ");
    assertThat(fails(offline, "outdated")).startsWith(unreachable + "hello: ");
    String sha = "f".repeat(40);
    offline.writeWorkflow("hello.yml", "      - uses: acme/hello@" + sha + " # v1.1.0\n");
    Project.Run adopted = offline.run("adopt-bumps");
    assertThat(adopted.exit()).as(adopted.err()).isZero();
    assertThat(adopted.out()).contains("acme/hello v1.0.0 -> v1.1.0 (commit " + sha + ") from hello.yml:1",
        "note: acme/hello moved to v1.1.0 without re-reading action.yml (cannot reach http://127.0.0.1:9",
        "later, with the network: make actions-bump ACTION=acme/hello TO=v1.1.0");
    assertThat(offline.manifest("acme__hello.yml")).contains("version: v1.1.0\nsha: " + sha + "\n");
  }

  @Test
  void twoWorkflowLinesThatDisagreeAreRefused() throws IOException {
    project.writeWorkflow("a.yml", "  - uses: acme/hello@" + "a".repeat(40) + " # v1.1.0\n");
    project.writeWorkflow("b.yml", "\n  - uses: acme/hello@" + "b".repeat(40) + " # v1.2.0\n");

    assertThat(fails(project, "adopt-bumps")).isEqualTo("error: a.yml:1 pins acme/hello at v1.1.0 but b.yml:2 at "
        + "v1.2.0; make the workflows agree on one release, then run make adopt-bumps again. Nothing was changed.\n");
  }

  @Test
  void anActionWithAManifestIsNotAddedTwiceAndAnUnknownOneIsNotBumped() {
    assertThat(fails(project, "add", "--uses", "acme/hello@v1.0.0")).isEqualTo("error: acme/hello already has a "
        + "manifest (acme__hello.yml, v1.0.0); to move it to another release: make actions-bump ACTION=acme/hello "
        + "TO=v1.0.0\n");
    assertThat(fails(project, "bump", "--action", "acme/nothing")).startsWith("error: no manifest for acme/nothing");
    assertThat(fails(project, "add", "--uses", "acme@v1")).startsWith("error: 'acme' is not an action name");
  }

  @Test
  void aManifestTheReaderRefusesIsNeitherWrittenNorGenerated() {
    GitFixture.Repo odd = git.repository("acme/odd");
    odd.commitActionYml("inputs:\n  __private:\n    description: x\nruns:\n  using: node24\n");
    odd.tag("v1.0.0");

    assertThat(fails(project, "add", "--uses", "acme/odd@v1.0.0"))
        .contains("acme__odd.yml: input '__private': not a kebab or snake case name", "no manifest and no class was "
            + "changed");
  }

  @Test
  void aClassThatCannotBeWrittenLeavesTheManifestUnwrittenToo() throws IOException {
    GitFixture.Repo blocked = git.repository("acme/blocked");
    blocked.commitActionYml(ActionsLifecycleTest.HELLO_V1);
    blocked.tag("v1.0.0");
    Path classes = project.sources.resolve("dev/gha4j/actions");
    Files.createDirectories(classes.resolve("Blocked.java"));
    Files.writeString(classes.resolve("Blocked.java").resolve("blocker"), "a directory where the class must go");

    assertThat(fails(project, "add", "--uses", "acme/blocked@v1.0.0")).startsWith("error: cannot write ");
    assertThat(project.manifests.resolve("acme__blocked.yml")).doesNotExist();
  }

  @Test
  void aStepPinnedByHandNextToTheBindingIsLeftAlone() throws IOException {
    project.writeWorkflow("ci.yml", "      - uses: acme/hello@" + v100 + " # v1.0.0\n"
        + "      - uses: acme/hello@" + "c".repeat(40) + " # v0.9.0\n");
    SortedMap<String, String> before = project.snapshot();

    Project.Run adopted = project.run("adopt-bumps");

    assertThat(adopted.exit()).isZero();
    assertThat(adopted.out()).contains("nothing to adopt", "note: acme/hello left at v1.0.0: ci.yml:2 pins v0.9.0 but "
        + "ci.yml:1 still pins the manifest's release, so that step was pinned by hand, not by a bot");
    assertThat(project.snapshot()).isEqualTo(before);
  }

  @Test
  void aRepositoryThatCannotBeListedIsAnErrorInItsRowWhileTheOthersAreStillListed() throws IOException {
    Files.writeString(project.manifests.resolve("acme__gone.yml"), project.manifest("acme__hello.yml")
        .replace("acme/hello", "acme/gone").replace("class: Hello", "class: Gone"));

    Project.Run outdated = project.run("outdated");

    assertThat(outdated.exit()).isEqualTo(1);
    assertThat(outdated.out()).containsPattern("acme/gone +v1\\.0\\.0 +\\? +\\?\n")
        .containsPattern("acme/hello +v1\\.0\\.0 +- +-\n");
    assertThat(outdated.err()).startsWith("error: no repository acme/gone at ")
        .contains("does not appear to be a git repository");
  }
}
