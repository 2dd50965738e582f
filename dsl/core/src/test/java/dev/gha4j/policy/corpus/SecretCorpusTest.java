package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Credentials;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** How secrets reach a job (GHA013 container passwords, GHA021, GHA022, GHA023). See {@link Corpus}. */
class SecretCorpusTest {
  private static final String CALLED = "octo-org/shared/.github/workflows/deploy.yml@49933ea5288caeca8642d1e84afbd3f7d6820020";
  private static final String IMAGE = "ghcr.io/octo/build@sha256:" + "c".repeat(64);

  @TestFactory
  Stream<DynamicTest> secrets() {
    return Corpus.cases(getClass());
  }

  static Workflow inheritedSecrets() {
    // error: [GHA021] job 'deploy' calls
    //   octo-org/shared/.github/workflows/deploy.yml@49933ea5288caeca8642d1e84afbd3f7d6820020 with secrets: inherit,
    //   which hands it every secret of the repository and organisation, whatever it needs; fix: pass the secrets the
    //   called workflow declares by name: .secret("NAME", Expr.secrets("NAME"))
    return ci(Job.calling("deploy", CALLED).permissions(Permissions.none())
        .secretsInherit().build());
  }

  static Workflow wholeSecretsContext() {
    return steps(
        // error: [GHA022] env.ALL of step './export.sh' reads `secrets`, every secret the repository has, so whatever
        //   reads the value holds them all; fix: read each secret it needs by name: Expr.secrets("NAME")
        Step.run("./export.sh").env("ALL", "${{ toJSON(secrets) }}"),
        // error: [GHA022] env.ONE of step './one.sh' reads `secrets[format('{0}_TOKEN', github.event_name)]`, every
        //   secret the repository has, so whatever reads the value holds them all; fix: read each secret it needs by
        //   name: Expr.secrets("NAME")
        Step.run("./one.sh").env("ONE", "${{ secrets[format('{0}_TOKEN', github.event_name)] }}"));
  }

  static Workflow fieldOfAJsonSecret() {
    return steps(
        // error: [GHA023] env.PASSWORD of step './login.sh' reads `fromJSON(secrets.DB)`: GitHub masks a secret's
        //   whole text in logs, not the fields parsed out of it, so they can be printed in the clear; fix: store each
        //   field as a secret of its own and read it by name; GitHub masks only whole secret values
        Step.run("./login.sh").env("PASSWORD", "${{ fromJSON(secrets.DB).password }}"));
  }

  static Workflow containerPasswordWritten() {
    // error: [GHA013] the registry password of the container of job 'build' is written in the workflow; fix: revoke
    //   it, store it as a repository secret and use Expr.secrets("NAME")
    return ci(jobBuilder("build")
        .container(Container.image(IMAGE).credentials(Credentials.of("octo", "hunter2")))
        .steps(Step.run("make")).build());
  }

  static Workflow okSecretsByName() {
    return ci(Job.calling("deploy", CALLED).permissions(Permissions.none())
            .secret("TOKEN", Expr.secrets("DEPLOY_TOKEN")).build(),
        jobBuilder("build")
            .container(Container.image(IMAGE).credentials(Credentials.of(Expr.github("actor"), Expr.secrets("GITHUB_TOKEN"))))
            .steps(Step.run("./one.sh").env("ONE", Expr.secrets("ONE")).env("JSON", "${{ toJSON(secrets.ONE) }}"))
            .build());
  }
}
