package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fakes answered by Java code with state: what they are told, what they answer, and the state after the run. */
class FakeModelTest {

  /** A key-value service: {@code kv put K V}, {@code kv get K}, and the calls it saw. */
  static final class Store {
    final Map<String, String> values = new LinkedHashMap<>();
    final List<Call> calls = new ArrayList<>();

    Store copy() {
      Store copy = new Store();
      copy.values.putAll(values);
      copy.calls.addAll(calls);
      return copy;
    }

    Answer kv(Call call) {
      calls.add(call);
      List<String> a = call.args();
      return switch (a.get(0)) {
        case "put" -> { values.put(a.get(1), a.get(2)); yield Answer.ok(); }
        case "get" -> values.containsKey(a.get(1)) ? Answer.prints(values.get(a.get(1)))
            : Answer.fails(4, "no key '" + a.get(1) + "'");
        case "slow" -> Answer.ok().andTakes(Duration.ofMinutes(3));
        case "script" -> Answer.runs("echo \"from bash: $2\"");
        case "lines" -> Answer.prints(call.input().lines().count() + " lines");
        default -> throw new IllegalStateException("unknown verb " + a.get(0));
      };
    }
  }

  private static Simulation simulate(String... scripts) {
    Job.Builder job = Job.builder("j").runsOn("ubuntu-latest").timeoutMinutes(5);
    for (String s : scripts) job.steps(Step.run(s));
    Job second = Job.builder("k").runsOn("ubuntu-latest").needs(job.build()).steps(Step.run("kv get shared")).build();
    return Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(job.build(), second).build())
        .model(FakeModel.of(Store::new).answers("kv", Store::kv));
  }

  @Test
  void theStateCarriesFromCallToCallStepToStepAndJobToJobAndIsReadAfterTheRun() {
    SimulationResult r = simulate("kv put shared 'a b'\nv=$(kv get shared)\necho \"got $v\"", "kv get shared").run();
    assertThat(r.job("j").steps()).extracting(StepReport::stdout).containsExactly("got a b\n", "a b\n");
    assertThat(r.job("k").step("Run kv get shared").stdout()).isEqualTo("a b\n");
    Store store = r.model(Store.class);
    assertThat(store.values).containsExactly(Map.entry("shared", "a b"));
    assertThat(store.calls).extracting(c -> c.site().toString() + " read=" + c.outputRead()).containsExactly(
        "j › step 1 \"Run kv put shared 'a b'\" › kv #1 read=false",
        "j › step 1 \"Run kv put shared 'a b'\" › kv #2 read=true",
        "j › step 2 \"Run kv get shared\" › kv #1 read=false",
        "k › step 1 \"Run kv get shared\" › kv #1 read=false");
    assertThat(r.calls("kv")).hasSize(4);
  }

  @Test
  void everyRunGetsAFreshStateAndFailuresTimeAndSnippetsAreAnswered() {
    Simulation sim = simulate("kv get shared", "kv slow", "kv script 'x y'");
    SimulationResult first = sim.run();
    assertThat(first.job("j").steps().get(0).exitCode()).isEqualTo(4);
    assertThat(first.job("j").steps().get(0).stderr()).isEqualTo("no key 'shared'\n");
    SimulationResult second = sim.run();
    assertThat(second.model(Store.class)).isNotSameAs(first.model(Store.class));
    assertThat(second.model(Store.class).values).isEmpty();

    SimulationResult all = simulate("kv slow", "kv script 'x y'").run();
    assertThat(all.job("j").elapsed()).isEqualTo(Duration.ofMinutes(3));
    assertThat(all.job("j").steps().get(1).stdout()).isEqualTo("from bash: x y\n");
  }

  @Test
  void rulesGoFirstFaultsNeverReachTheModelAndAModelErrorFailsTheCallWithItsMessage() {
    SimulationResult r = simulate("kv put a 1", "kv get a", "kv explode")
        .fake("kv", kv -> kv.when("get *", Answer.prints("from a rule")))
        .run();
    assertThat(r.job("j").steps().get(1).stdout()).isEqualTo("from a rule\n");
    assertThat(r.job("j").steps().get(2).exitCode()).isEqualTo(125);
    assertThat(r.job("j").steps().get(2).stderr()).contains("the model of 'kv' failed on 'explode'", "unknown verb explode");

    Fault putFails = new Fault(CallSite.command("j", 1, "Run kv put a 1", "kv", 1), FaultKind.FAILS, "put a 1", null);
    SimulationResult faulted = simulate("kv put a 1").inject(putFails).run();
    assertThat(faulted.job("j").failed()).isTrue();
    assertThat(faulted.model(Store.class).calls).isEmpty();
  }

  @Test
  void aModelThatReadsInputGetsTheCallsStdin() {
    Simulation sim = Simulation.of(Workflow.builder("w").on(Trigger.push()).jobs(Job.builder("j").runsOn("ubuntu-latest")
            .steps(Step.run("printf 'a\\nb\\nc\\n' | kv lines\nkv lines <<<'one'\nkv lines < /dev/null")).build()).build())
        .model(FakeModel.of(Store::new).answers("kv", Store::kv).readingInput("kv"));
    SimulationResult r = sim.run();
    assertThat(r.job("j").steps().get(0).stdout()).as(r.toString()).isEqualTo("3 lines\n1 lines\n0 lines\n");
    assertThat(r.model(Store.class).calls).extracting(Call::input).containsExactly("a\nb\nc\n", "one\n", "");
    assertThatThrownBy(() -> FakeModel.of(Store::new).readingInput("kv")).hasMessageContaining("answer it first");
  }

  @Test
  void aCommandHasOneModelAndSleepNone() {
    FakeModel<Store> twice = FakeModel.of(Store::new).answers("kv", Store::kv);
    assertThatThrownBy(() -> simulate().model(twice)).hasMessage("'kv' has a model already");
    assertThatThrownBy(() -> FakeModel.of(Store::new).answers("sleep", Store::kv)).hasMessageContaining("simulated clock");
    assertThatThrownBy(() -> simulate().run().model(String.class)).hasMessageContaining("no FakeModel of this run has a String state");
  }
}
