package dev.gha4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.model.ActionScopes;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Scope;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's permissions: reaches the binding's ActionRef, where GHA008 reads it. */
class ManifestScopesTest {
  @TempDir Path dir;

  private Manifest read(String permissions) {
    Fixtures.dir(dir, "octo__demo.yml", Fixtures.DEMO.replace("\ninputs:", "\n" + permissions + "\ninputs:"));
    return ManifestReader.read(dir).actions().get(0);
  }

  @Test
  void conditionalScopesFollowTheInputs() {
    ActionScopes scopes = read("permissions:\n  id-token: write if script\n  contents: write unless level").scopes();

    assertThat(scopes.known()).isTrue();
    assertThat(scopes.used(Map.of("script", Scalar.of("x")))).containsExactlyInAnyOrder(Scope.ID_TOKEN, Scope.CONTENTS);
    assertThat(scopes.used(Map.of("level", Scalar.of("high")))).isEmpty();
  }

  @Test
  void noneAnyAndAbsent() {
    assertThat(read("permissions: none").scopes()).isEqualTo(ActionScopes.none());
    assertThat(read("permissions: any").scopes().used(Map.of())).contains(Scope.PAGES, Scope.ID_TOKEN);
    assertThat(read("").scopes().known()).isFalse();
  }

  @Test
  void theBindingCarriesTheDeclaration() {
    String java = ActionClassWriter.write(read("permissions:\n  pull-requests: write if level")).toString();

    assertThat(java).contains("ActionScopes.of(ActionScopes.Need.when(Scope.PULL_REQUESTS, \"level\"))");
  }

  @Test
  void badDeclarationsAreRejectedWithTheirPlace() {
    assertThatThrownBy(() -> read("permissions:\n  id-tokens: write\n  contents: write if nothing\n  issues: read"))
        .hasMessageContaining("octo__demo.yml: permissions: 'id-tokens' is not a permission scope")
        .hasMessageContaining("octo__demo.yml: permissions.contents: 'nothing' is not an input of the action")
        .hasMessageContaining("octo__demo.yml: permissions.issues: expected 'write', 'write if <input>' or 'write unless <input>'");
  }
}
