package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fake commands: recorded calls, scenario tables, sequences, and the always-fake sleep. */
class FakeCommandsTest {

  private static Simulation simulate(StepSource... steps) {
    return Simulation.of(Workflow.builder("w").on(Trigger.push())
        .jobs(Job.builder("j").runsOn("ubuntu-latest").steps(steps).build()).build());
  }

  private static final String RETRY = """
      for attempt in $(seq 1 10); do
        if [ "$(curl -fsS https://staging.example.com/health)" = "OK" ]; then
          echo "healthy after $attempt"
          exit 0
        fi
        sleep 10
      done
      echo "never healthy" >&2
      exit 1
      """;

  @Test
  void sequencesAnswerCallAfterCallAndSleepIsInstant() {
    // Two real `sleep 10` would outlast the step's 5 s limit, and the step would fail as timed out.
    SimulationResult r = simulate(Step.run(RETRY).id("wait")).stepTimeout(java.time.Duration.ofSeconds(5))
        .fake("curl", c -> c.when("*/health", Answer.fails(7, "refused"), Answer.exits(22), Answer.prints("OK")))
        .run();
    JobReport j = r.job("j");
    assertThat(j.step("wait").stdout()).isEqualTo("healthy after 3\n");
    assertThat(r.calls("curl")).hasSize(3).allMatch(args -> args.equals(List.of("-fsS", "https://staging.example.com/health")));
    assertThat(r.calls("sleep")).containsExactly(List.of("10"), List.of("10"));
    assertThat(j.step("wait").timedOut()).isFalse();
  }

  @Test
  void theLastAnswerRepeats() {
    SimulationResult r = simulate(Step.run(RETRY).id("wait"))
        .fake("curl", c -> c.when("*/health", Answer.prints("starting"), Answer.fails(7, "down")))
        .run();
    assertThat(r.job("j").step("wait").failed()).isTrue();
    assertThat(r.job("j").step("wait").stderr()).contains("never healthy");
    assertThat(r.calls("curl")).hasSize(10);
    assertThat(r.calls("sleep")).hasSize(10);
  }

  @Test
  void rulesAreTriedInOrderWithADefault() {
    SimulationResult r = simulate(Step.run("""
        aws ecs run-task --cluster c --task-definition migrate
        aws ecs describe-tasks --tasks arn:1 --query 'tasks[0].containers[0].exitCode'
        aws s3 ls || echo "s3 failed with $?"
        """).id("s"))
        .fake("aws", aws -> aws
            .when("ecs run-task *", Answer.prints("arn:1"))
            .when("ecs describe-tasks *--tasks arn:1*", Answer.prints("0"))
            .otherwise(Answer.fails(255, "unexpected aws call")))
        .run();
    StepReport s = r.job("j").step("s");
    assertThat(s.stdout()).isEqualTo("arn:1\n0\ns3 failed with 255\n");
    assertThat(s.stderr()).isEqualTo("unexpected aws call\n");
    assertThat(s.calls("aws").matching("ecs *")).hasSize(2);
    assertThat(s.calls("aws").options("--task-definition")).containsExactly("migrate");
    assertThat(s.calls("aws").options("--query")).containsExactly("tasks[0].containers[0].exitCode");
  }

  @Test
  void patternCharactersOtherThanStarAreLiteral() {
    SimulationResult r = simulate(Step.run("tool 'a?b' '[x]'; tool 'acb' '[x]' || echo no-match").id("s"))
        .fake("tool", t -> t.when("a?b [x]", Answer.prints("literal")).otherwise(Answer.exits(3)))
        .run();
    assertThat(r.job("j").step("s").stdout()).isEqualTo("literal\nno-match\n");
  }

  @Test
  void argumentsAreRecordedExactly() {
    SimulationResult r = simulate(Step.run("""
        docker build -t "img:$GITHUB_SHA" --label "note=tab\there" --label $'multi\nline' "back\\\\slash" '' "it's"
        """).id("s")).run();
    assertThat(r.calls("docker")).containsExactly(List.of("build", "-t", "img:0123456789abcdef0123456789abcdef01234567",
        "--label", "note=tab\there", "--label", "multi\nline", "back\\slash", "", "it's"));
    assertThat(r.allCalls().details()).extracting(Call::job, Call::step)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("j", r.job("j").step("s").name()));
  }

  @Test
  void answersCanPrintExactlyAndRunScripts() {
    SimulationResult r = simulate(Step.run("""
        printf '[%s]' "$(gh api user)"
        x=$(npm view pkg version); echo "<$x>"
        aws sts get-caller-identity --profile p
        """).id("s"))
        .fake("gh", gh -> gh.otherwise(Answer.printsExactly("no-newline")))
        .fake("npm", npm -> npm.when("view *", Answer.prints("1.2.3").andPrintsError("warn")))
        .fake("aws", aws -> aws.otherwise(Answer.runs("echo \"args=$# last=${!#}\"; exit 0")))
        .run();
    StepReport s = r.job("j").step("s");
    assertThat(s.stdout()).isEqualTo("[no-newline]<1.2.3>\nargs=4 last=p\n");
    assertThat(s.stderr()).isEqualTo("warn\n");
  }

  @Test
  void networkToolsAreFakedByDefaultAndCanBeMadeReal() {
    SimulationResult r = simulate(Step.run("curl https://example.com; aws s3 cp a b; echo done").id("s")).run();
    assertThat(r.job("j").step("s").stdout()).isEqualTo("done\n");
    assertThat(r.calls("curl")).containsExactly(List.of("https://example.com"));
    assertThat(Simulation.defaultFakes()).contains("aws", "curl", "docker", "sleep", "python", "npm");

    SimulationResult real = simulate(Step.run("type -P git | grep -v gha4j-sim || echo none").id("s")).unfake("git").run();
    assertThat(real.job("j").step("s").succeeded()).isTrue();
    assertThat(real.calls("git")).isEmpty();
    assertThatThrownBy(() -> simulate().unfake("sleep")).hasMessageContaining("always fake");
    assertThatThrownBy(() -> simulate().fake("bad/name", f -> { })).hasMessageContaining("not a command name");
  }

  @Test
  void countsCarryAcrossStepsAndJobs() {
    Workflow w = Workflow.builder("w").on(Trigger.push()).jobs(
        Job.builder("a").runsOn("ubuntu-latest").steps(Step.run("flaky || echo a-failed")).build(),
        Job.builder("b").runsOn("ubuntu-latest").steps(Step.run("flaky && echo b-ok")).build()).build();
    SimulationResult r = Simulation.of(w).fake("flaky", f -> f.otherwise(Answer.exits(1), Answer.ok())).run();
    assertThat(r.job("a").steps().get(0).stdout()).isEqualTo("a-failed\n");
    assertThat(r.job("b").steps().get(0).stdout()).isEqualTo("b-ok\n");
    assertThat(r.job("a").calls("flaky")).hasSize(1);
    assertThat(r.calls("flaky")).hasSize(2);
  }

  @Test
  void callsFromOtherProgramsReachTheFakeExecutable() {
    SimulationResult r = simulate(
        Step.run("echo a b | xargs aws s3; command aws direct; env aws via-env").id("bash"),
        Step.run("aws from-sh \"$(aws ecs x)\"").shell("sh").id("sh"))
        .fake("aws", aws -> aws.when("ecs *", Answer.prints("arn:1")))
        .run();
    assertThat(r.calls("aws")).containsExactly(List.of("s3", "a", "b"), List.of("direct"), List.of("via-env"),
        List.of("ecs", "x"), List.of("from-sh", "arn:1"));
  }

  @Test
  void theStepsShellOptionsDoNotLeakIntoFakes() {
    SimulationResult r = simulate(Step.run("""
        set -x
        IFS=,
        out=$(aws ecs describe-tasks --tasks t1)
        echo "[$out]"
        """).id("s"))
        .fake("aws", aws -> aws.when("ecs describe-tasks --tasks t1", Answer.prints("0")))
        .run();
    StepReport s = r.job("j").step("s");
    assertThat(s.stdout()).isEqualTo("[0]\n");
    assertThat(s.stderr()).contains("aws ecs describe-tasks --tasks t1").doesNotContain("__line");
  }

  @Test
  void snippetsCanKeepStateAcrossCalls() {
    SimulationResult r = simulate(Step.run("kv set color blue; kv get color; kv get size").id("s"))
        .fake("kv", kv -> kv
            .when("set *", Answer.runs("echo \"$3\" > \"$FAKE_STATE/$2\""))
            .when("get *", Answer.runs("cat \"$FAKE_STATE/$2\" 2>/dev/null || echo unset")))
        .run();
    assertThat(r.job("j").step("s").stdout()).isEqualTo("blue\nunset\n");
  }

  @Test
  void aLaterScenarioOverridesAnEarlierOne() {
    SimulationResult r = simulate(Step.run("aws a; aws b; aws c || echo c-failed").id("s"))
        .fake("aws", aws -> aws.when("a", Answer.prints("a1")).when("b", Answer.prints("b1")).otherwise(Answer.exits(9)))
        .fake("aws", aws -> aws.when("b", Answer.prints("b2")))
        .run();
    assertThat(r.job("j").step("s").stdout()).isEqualTo("a1\nb2\nc-failed\n");
  }
}
