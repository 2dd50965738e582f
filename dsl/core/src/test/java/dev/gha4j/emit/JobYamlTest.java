package dev.gha4j.emit;

import static dev.gha4j.emit.Render.job;
import static dev.gha4j.emit.Render.jobs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Access;
import dev.gha4j.model.Concurrency;
import dev.gha4j.model.Container;
import dev.gha4j.model.Defaults;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keys of a job, their forms and their order. */
class JobYamlTest {

  private static final Step MAKE = Step.run("make").build();

  @Test
  void nameAndASingleRunnerLabel() {
    assertThat(jobs(Job.builder("build").name("Build and test").runsOn("ubuntu-24.04").steps(MAKE).build()))
        .isEqualTo("""
            build:
              name: Build and test
              runs-on: ubuntu-24.04
              steps:
                - run: make
            """.indent(2));
  }

  @Test
  void severalRunnerLabelsAreAList() {
    assertThat(jobs(job().runsOn(RunsOn.labels("self-hosted", "linux", "x64")).steps(MAKE).build())).contains("""
            runs-on:
              - self-hosted
              - linux
              - x64
        """);
  }

  @Test
  void aRunnerGroupWithAndWithoutLabels() {
    assertThat(jobs(job().runsOn(RunsOn.group("large-runners", "linux")).steps(MAKE).build())).contains("""
            runs-on:
              group: large-runners
              labels:
                - linux
        """);
    assertThat(jobs(job().runsOn(RunsOn.group("large-runners")).steps(MAKE).build())).contains("""
            runs-on:
              group: large-runners
            steps:
        """);
  }

  @Test
  void oneNeedIsAScalarSeveralAreAList() {
    Job lint = Job.builder("lint").runsOn("ubuntu-latest").steps(MAKE).build();
    Job unit = Job.builder("unit").runsOn("ubuntu-latest").steps(MAKE).build();
    Job one = Job.builder("one").runsOn("ubuntu-latest").needs(lint).steps(MAKE).build();
    Job two = Job.builder("two").runsOn("ubuntu-latest").needs(lint, unit).steps(MAKE).build();
    String yaml = jobs(lint, unit, one, two);
    assertThat(yaml).contains("""
          one:
            runs-on: ubuntu-latest
            needs: lint
        """);
    assertThat(yaml).contains("""
          two:
            runs-on: ubuntu-latest
            needs:
              - lint
              - unit
        """);
  }

  @Test
  void ifIsWrittenWithoutDollarBraces() {
    assertThat(jobs(job().when(Expr.failure()).steps(MAKE).build())).contains("    if: failure()\n");
    assertThat(jobs(job().when("${{ github.ref == 'refs/heads/main' }}").steps(MAKE).build()))
        .contains("    if: github.ref == 'refs/heads/main'\n");
    assertThat(jobs(job().when("!cancelled()").steps(MAKE).build())).contains("    if: \"!cancelled()\"\n");
  }

  @Test
  void permissionsOfAJob() {
    Job job = job().permissions(Permissions.contents(Access.READ).and(Scope.PACKAGES, Access.WRITE)).steps(MAKE).build();
    assertThat(jobs(job)).contains("""
            permissions:
              contents: read
              packages: write
        """);
  }

  @Test
  void environmentByNameOrWithUrl() {
    assertThat(jobs(job().environment("staging").steps(MAKE).build())).contains("    environment: staging\n");
    assertThat(jobs(job().environment("production", "https://example.com").steps(MAKE).build())).contains("""
            environment:
              name: production
              url: https://example.com
        """);
    Environment fromStep = Environment.named("preview").url(Expr.stepOutput("deploy", "url").embed());
    assertThat(jobs(job().environment(fromStep).steps(MAKE).build())).contains("""
            environment:
              name: preview
              url: ${{ steps.deploy.outputs.url }}
        """);
  }

  @Test
  void concurrencyTimeoutAndContinueOnError() {
    Job job = job().concurrency(Concurrency.group("deploy").cancelInProgress(false)).timeoutMinutes(30)
        .continueOnError(true).steps(MAKE).build();
    assertThat(jobs(job)).contains("""
            concurrency:
              group: deploy
              cancel-in-progress: false
            timeout-minutes: 30
            continue-on-error: true
        """);
    Job expr = job().timeoutMinutes(Expr.inputs("minutes")).continueOnError(Expr.matrix("experimental"))
        .matrix(Matrix.axis("experimental", "true", "false")).steps(MAKE).build();
    assertThat(jobs(expr)).contains("    timeout-minutes: ${{ inputs.minutes }}\n")
        .contains("    continue-on-error: ${{ matrix.experimental }}\n");
  }

  @Test
  void outputsEnvAndDefaults() {
    Step version = Step.run("echo v=1 >> \"$GITHUB_OUTPUT\"").id("version").build();
    Job job = job().output("version", version.output("v")).env("CI", "true").env("TOKEN", Expr.secrets("TOKEN"))
        .defaults(Defaults.run().workingDirectory("apps/api")).steps(version).build();
    assertThat(jobs(job)).contains("""
            outputs:
              version: ${{ steps.version.outputs.v }}
            env:
              CI: "true"
              TOKEN: ${{ secrets.TOKEN }}
            defaults:
              run:
                working-directory: apps/api
            steps:
        """);
  }

  @Test
  void jobKeysFollowGitHubsDocumentedOrder() {
    Job lint = Job.builder("lint").runsOn("ubuntu-latest").steps(MAKE).build();
    // Every key, set in reverse order.
    Job job = Job.builder("build")
        .steps(MAKE)
        .defaults(Defaults.run().shell("bash"))
        .env("A", "b")
        .output("o", "x")
        .container(Container.image("node:20"))
        .service("db", Container.image("postgres:16"))
        .continueOnError(false)
        .matrix(Matrix.axis("os", "linux"))
        .timeoutMinutes(5)
        .concurrency(Concurrency.group("g"))
        .environment("e")
        .permissions(Permissions.readAll())
        .when(Expr.success())
        .needs(lint)
        .runsOn("ubuntu-latest")
        .name("Build")
        .build();
    String yaml = jobs(lint, job);
    assertThat(keysAtIndent(yaml.substring(yaml.indexOf("  build:")), 4)).containsExactly(
        "name", "runs-on", "needs", "if", "permissions", "environment", "concurrency", "timeout-minutes",
        "strategy", "continue-on-error", "services", "container", "outputs", "env", "defaults", "steps");
  }

  @Test
  void aReusableWorkflowCallWithInputsAndSecrets() {
    Job build = Job.builder("build").runsOn("ubuntu-latest").steps(MAKE).build();
    Job deploy = Job.calling("deploy", "./.github/workflows/deploy.yml").name("Deploy").needs(build)
        .permissions(Permissions.contents(Access.READ))
        .with("environment", "staging").with("dry-run", false).with("replicas", 2)
        .with("image", build.output("image"))
        .secret("TOKEN", Expr.secrets("DEPLOY_TOKEN"))
        .build();
    String yaml = jobs(build, deploy);
    assertThat(yaml.substring(yaml.indexOf("  deploy:"))).isEqualTo("""
          deploy:
            name: Deploy
            needs: build
            permissions:
              contents: read
            uses: ./.github/workflows/deploy.yml
            with:
              environment: staging
              dry-run: false
              replicas: 2
              image: ${{ needs.build.outputs.image }}
            secrets:
              TOKEN: ${{ secrets.DEPLOY_TOKEN }}
        """);
  }

  @Test
  void secretsInherit() {
    Job call = Job.calling("release", "octo/workflows/.github/workflows/release.yml@v1").secretsInherit().build();
    assertThat(jobs(call)).isEqualTo("""
          release:
            uses: octo/workflows/.github/workflows/release.yml@v1
            secrets: inherit
        """);
  }

  /** Keys of the first mapping at {@code indent} spaces, up to the next key that is less indented. */
  static List<String> keysAtIndent(String yaml, int indent) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("^( *)([A-Za-z_-]+):").matcher("");
    boolean first = true;
    for (String line : yaml.split("\n")) {
      if (!m.reset(line).find()) continue;
      int depth = m.group(1).length();
      if (depth < indent && !first) break;
      if (depth == indent) keys.add(m.group(2));
      first = false;
    }
    return keys;
  }
}
