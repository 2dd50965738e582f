package dev.gha4j.codegen.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags and action files read with git from a local bare repository. */
class GitHostTest {
  private static final String ACTION = "name: x\nruns:\n  using: node24\n  main: x.js\n";

  @TempDir Path tmp;

  @Test
  void aLightweightTagAndAnAnnotatedTagBothResolveToTheirCommit() {
    GitFixture git = new GitFixture(tmp);
    GitFixture.Repo repo = git.repository("acme/hello");
    String first = repo.commitActionYml(ACTION);
    repo.tag("v1.0.0");
    String second = repo.commitActionYml(ACTION + "# two\n");
    repo.annotatedTag("v1.1.0");
    GitHost host = new GitHost(git.baseUrl());
    ActionName hello = ActionName.parse("acme/hello");

    Tags tags = host.tags(hello);
    ActionFile annotated = host.actionFile(hello, "v1.1.0");

    assertThat(repo.tagObject("v1.1.0")).isNotEqualTo(second);
    assertThat(tags.commit("v1.0.0")).contains(first);
    assertThat(tags.commit("v1.1.0")).contains(second);
    assertThat(annotated.commit()).isEqualTo(second);
    assertThat(annotated.text()).endsWith("# two\n");
    assertThat(host.actionFile(hello, "v1.0.0").commit()).isEqualTo(first);
  }

  @Test
  void actionYamlIsReadWhenThereIsNoActionYmlAndAnActionInADirectoryFromThatDirectory() {
    GitFixture git = new GitFixture(tmp);
    GitFixture.Repo repo = git.repository("acme/tools");
    repo.commit(Map.of("action.yaml", ACTION, "init/action.yml", ACTION + "# init\n"));
    repo.tag("v2.0.0");
    GitHost host = new GitHost(git.baseUrl());

    assertThat(host.actionFile(ActionName.parse("acme/tools"), "v2.0.0").path()).isEqualTo("action.yaml");
    ActionFile init = host.actionFile(ActionName.parse("acme/tools/init"), "v2.0.0");
    assertThat(init.path()).isEqualTo("init/action.yml");
    assertThat(init.text()).endsWith("# init\n");
  }

  @Test
  void anUnknownTagARepositoryWithoutActionYmlAndAMissingRepositoryEachSayWhat() {
    GitFixture git = new GitFixture(tmp);
    GitFixture.Repo repo = git.repository("acme/docs");
    repo.commit(Map.of("README.md", "not an action\n"));
    repo.tag("v1.0.0");
    GitHost host = new GitHost(git.baseUrl());
    ActionName docs = ActionName.parse("acme/docs");

    assertThatThrownBy(() -> host.actionFile(docs, "v9.9.9")).isExactlyInstanceOf(ActionsException.class)
        .hasMessage("acme/docs has no tag 'v9.9.9'");
    assertThatThrownBy(() -> host.actionFile(docs, "v1.0.0")).isExactlyInstanceOf(ActionsException.class)
        .hasMessageStartingWith("acme/docs@v1.0.0 has no action.yml or action.yaml at the repository's root");
    assertThatThrownBy(() -> host.actionFile(ActionName.parse("acme/docs/sub"), "v1.0.0"))
        .hasMessageStartingWith("acme/docs/sub@v1.0.0 has no action.yml or action.yaml in sub/");
    assertThatThrownBy(() -> host.tags(ActionName.parse("acme/nothing"))).isExactlyInstanceOf(ActionsException.class)
        .hasMessageStartingWith("no repository acme/nothing at " + git.baseUrl().replaceAll("/$", ""))
        .hasMessageEndingWith("; check the action's name");
  }

  @Test
  void anUnreachableHostIsANetworkFailureNotAMissingRepository() {
    GitHost host = new GitHost("http://127.0.0.1:9");

    assertThatThrownBy(() -> host.tags(ActionName.parse("acme/hello")))
        .isInstanceOf(ActionsException.HostUnreachable.class)
        .hasMessageStartingWith("cannot reach http://127.0.0.1:9 to read acme/hello: ")
        .hasMessageEndingWith("; check the network, or set GIT_HOST to a host you can reach");
  }

  @Test
  void aTokenInTheBaseUrlIsNeverShown() {
    GitHost host = new GitHost("http://user:s3cret@127.0.0.1:9/");

    assertThat(host).hasToString("http://127.0.0.1:9");
    assertThatThrownBy(() -> host.tags(ActionName.parse("acme/hello"))).message().doesNotContain("s3cret");
  }
}
