package dev.gha4j.emit;

import static dev.gha4j.emit.Render.job;
import static dev.gha4j.emit.Render.jobs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Container;
import dev.gha4j.model.Credentials;
import dev.gha4j.model.Step;
import org.junit.jupiter.api.Test;

/** The job's {@code container:} and its {@code services:}. */
class ContainerYamlTest {

  @Test
  void aServiceWithEveryKey() {
    Container postgres = Container.image("postgres:16")
        .credentials(Credentials.of(Expr.secrets("REGISTRY_USER"), Expr.secrets("REGISTRY_PASSWORD")))
        .env("POSTGRES_DB", "test").env("POSTGRES_PASSWORD", Expr.secrets("DB_PASSWORD"))
        .ports("5432:5432", "8080").volumes("pgdata:/var/lib/postgresql/data")
        .options("--health-cmd pg_isready", "--health-interval 10s");
    String yaml = jobs(job().service("postgres", postgres).service("redis", Container.image("redis:7"))
        .steps(Step.run("make")).build());
    assertThat(yaml).contains("""
            services:
              postgres:
                image: postgres:16
                credentials:
                  username: ${{ secrets.REGISTRY_USER }}
                  password: ${{ secrets.REGISTRY_PASSWORD }}
                env:
                  POSTGRES_DB: test
                  POSTGRES_PASSWORD: ${{ secrets.DB_PASSWORD }}
                ports:
                  - "5432:5432"
                  - "8080"
                volumes:
                  - pgdata:/var/lib/postgresql/data
                options: "--health-cmd pg_isready --health-interval 10s"
              redis:
                image: redis:7
            steps:
        """);
  }

  @Test
  void aContainerOrServiceGivenAsOneExpressionIsWrittenAsThatExpression() {
    String yaml = jobs(job().container(Container.fromExpression(Expr.matrix("container")))
        .service("db", Container.fromExpression(Expr.fromJson(Expr.vars("DB")))).steps(Step.run("make")).build());
    assertThat(yaml).contains("""
            services:
              db: ${{ fromJSON(vars.DB) }}
            container: ${{ matrix.container }}
        """);
  }

  @Test
  void theJobContainerComesAfterServices() {
    String yaml = jobs(job().container(Container.image("node:20").env("NODE_ENV", "test").volumes("/cache:/cache"))
        .service("db", Container.image("mysql:8")).steps(Step.run("make")).build());
    assertThat(yaml).contains("""
            services:
              db:
                image: mysql:8
            container:
              image: node:20
              env:
                NODE_ENV: test
              volumes:
                - /cache:/cache
            steps:
        """);
  }
}
