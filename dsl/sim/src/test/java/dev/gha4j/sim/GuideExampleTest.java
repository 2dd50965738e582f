package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import org.junit.jupiter.api.Test;

/** The complete example of docs/simulation.md, kept here so that it keeps compiling and passing. */
class GuideExampleTest {

  /** A deploy that checks health up to 5 times and rolls back to the revision it found live. */
  static Workflow deployWorkflow() {
    Step live = Step.named("Record live revision").id("live").run("""
        revision=$(aws ecs describe-services --cluster prod --query 'services[0].taskDefinition' --output text)
        echo "revision=$revision" >> "$GITHUB_OUTPUT"
        """).build();
    Job deploy = Job.builder("deploy").runsOn("ubuntu-latest").timeoutMinutes(15)
        .output("previous", live.output("revision"))
        .steps(live,
            Step.named("Roll out").run("aws ecs update-service --cluster prod --task-definition app:42"),
            Step.named("Check health").run("""
                for attempt in $(seq 1 5); do
                  if curl --fail --silent https://example.com/health; then exit 0; fi
                  sleep 10
                done
                echo "unhealthy after 5 attempts" >&2
                exit 1
                """))
        .build();
    Job rollback = Job.builder("rollback").runsOn("ubuntu-latest").timeoutMinutes(10)
        .needs(deploy).when(Expr.failure())
        .steps(Step.named("Roll back").run("aws ecs update-service --cluster prod --task-definition \"$PREVIOUS\"")
            .env("PREVIOUS", deploy.output("previous")))
        .build();
    return Workflow.builder("deploy").on(Trigger.push().branches("main")).jobs(deploy, rollback).build();
  }

  @Test
  void anUnhealthyDeployRollsBackToTheRevisionRecordedBeforeIt() {
    SimulationResult run = Simulation.of(deployWorkflow())
        .on(Event.push("main"))
        .fake("aws", aws -> aws.when("ecs describe-services *", Answer.prints("app:41")))
        .fake("curl", curl -> curl.when("*/health", Answer.fails(22, "curl: (22) 503")))
        .run();

    assertThat(run.job("deploy").failed()).as(run.toString()).isTrue();
    assertThat(run.job("deploy").step("Check health").calls("curl")).hasSize(5);
    assertThat(run.calls("sleep")).hasSize(5); // fifty seconds of sleep, in no time
    assertThat(run.job("rollback").ran()).isTrue();
    assertThat(run.job("rollback").calls("aws").options("--task-definition")).containsExactly("app:41");
  }

  @Test
  void aHealthyDeploySkipsTheRollback() {
    SimulationResult run = Simulation.of(deployWorkflow())
        .fake("aws", aws -> aws.when("ecs describe-services *", Answer.prints("app:41")))
        .run();
    assertThat(run.executionOrder()).as(run.toString()).containsExactly("deploy");
    assertThat(run.job("rollback").reason()).isEqualTo("if: failure() was false");
  }
}
