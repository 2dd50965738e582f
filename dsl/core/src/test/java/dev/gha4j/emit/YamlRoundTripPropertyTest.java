package dev.gha4j.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.gha4j.generate.Generation;
import dev.gha4j.model.Input;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.api.Problem;
import dev.gha4j.validate.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;

/**
 * No YAML injection: any string, in any position, parses back to exactly itself. Strings come
 * from {@link HostileText}; each one is written into every position of one workflow, rendered,
 * parsed back and compared.
 *
 * <p>{@code -Dgha4j.roundtrip.cases=100000} runs more cases (default 10,000);
 * {@code -Dgha4j.roundtrip.seed=N} another seed (default fixed, so {@code make test} is repeatable).
 * A failure names the shrunk string and the seed.
 */
class YamlRoundTripPropertyTest {
  private static final int CASES = Integer.getInteger("gha4j.roundtrip.cases", 10_000);
  private static final long SEED = Long.getLong("gha4j.roundtrip.seed", 20_260_124L);
  private static final List<String> RESERVED = List.of("yes", "no", "on", "off", "y", "n", "null", "true", "false");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static QuickTheory theory(int cases) {
    return qt().withFixedSeed(SEED).withExamples(cases).withShrinkCycles(2_000);
  }

  /** Where each string goes, and how to find it again in the parsed tree. */
  private static final Map<String, Function<JsonNode, JsonNode>> POSITIONS = new LinkedHashMap<>();

  static {
    POSITIONS.put("workflow name", t -> t.at("/name"));
    POSITIONS.put("run-name", t -> t.at("/run-name"));
    POSITIONS.put("push branch", t -> t.at("/on/push/branches/0"));
    POSITIONS.put("input description", t -> t.at("/on/workflow_dispatch/inputs/text/description"));
    POSITIONS.put("input default", t -> t.at("/on/workflow_dispatch/inputs/text/default"));
    POSITIONS.put("workflow env value", t -> t.at("/env/TEXT"));
    POSITIONS.put("concurrency", t -> t.at("/concurrency"));
    POSITIONS.put("job name", t -> t.at("/jobs/first/name"));
    POSITIONS.put("matrix value", t -> t.at("/jobs/first/strategy/matrix/text/0"));
    POSITIONS.put("job output value", t -> t.at("/jobs/first/outputs/text"));
    POSITIONS.put("job env value", t -> t.at("/jobs/first/env/TEXT"));
    POSITIONS.put("step name", t -> t.at("/jobs/first/steps/0/name"));
    POSITIONS.put("with value", t -> t.at("/jobs/first/steps/0/with/text"));
    POSITIONS.put("step env value", t -> t.at("/jobs/first/steps/0/env/TEXT"));
    POSITIONS.put("run", t -> t.at("/jobs/first/steps/1/run"));
  }

  /**
   * The string in every position. Each position that ends a block (concurrency before
   * {@code jobs:}, the last run of the first job before the blank line) is placed there on
   * purpose: a block scalar's end is where blank lines could change its value.
   */
  static Workflow everywhere(String text) {
    Job.Builder first = Job.builder("first").name(text).runsOn("ubuntu-latest")
        .matrix(Matrix.axis("text", text))
        .output("text", text)
        .env("TEXT", text)
        .steps(Step.uses("octo/action@v1").name(text).with("text", text).env("TEXT", text), Step.run(text));
    if (ENV_NAME.matcher(text).matches()) first.env(text, "key");
    Job second = Job.builder("second").runsOn("ubuntu-latest").steps(Step.run("true")).build();
    return Workflow.builder("roundtrip").name(text).runName(text)
        .on(Trigger.push().branches(text),
            Trigger.workflowDispatch().input(Input.string("text").description(text).defaultValue(text)))
        .env("TEXT", text)
        .concurrency(dev.gha4j.model.Concurrency.group(text))
        .jobs(first.build(), second)
        .build();
  }

  @Test
  void everyStringComesBackExactlyFromEveryPosition() {
    theory(CASES).forAll(HostileText.strings()).checkAssert(text -> {
      Workflow w = everywhere(text);
      JsonNode tree = WorkflowYaml.parse(WorkflowYaml.render(w, List.of("header")));
      for (Map.Entry<String, Function<JsonNode, JsonNode>> p : POSITIONS.entrySet()) {
        JsonNode back = p.getValue().apply(tree);
        // Compared by hand: an AssertJ chain per position would double the run time.
        if (!back.isString() || !back.stringValue().equals(text)) {
          fail("%s came back as %s", p.getKey(), back.isString() ? HostileText.show(back.stringValue()) : back);
        }
      }
      if (ENV_NAME.matcher(text).matches()) {
        assertThat(tree.at("/jobs/first/env").propertyNames()).as("env key").contains(text);
      }
      // Text YAML can carry is never refused: only lone surrogates and gha4j's own markers are.
      assertThat(WorkflowYaml.textProblems(w)).as("text problems").isEmpty();
    });
  }

  @Test
  void theValidatorCopesWithAnyString() {
    // Expressions in the text may be invalid; the validator must say so, not throw.
    theory(CASES / 10).forAll(HostileText.strings()).checkAssert(text -> {
      List<Problem> problems = Validator.validate(everywhere(text));
      assertThat(problems).noneMatch(p -> p.message().contains("lone surrogate"));
    });
  }

  @Test
  void aLoneSurrogateIsRefusedWithItsKeyAndNeverWritten() {
    Gen<Integer> position = SourceDSL.integers().between(0, LONE_POSITIONS.size() - 1);
    theory(Math.max(100, CASES / 10)).forAll(HostileText.withLoneSurrogate(), position).checkAssert((text, which) -> {
      LonePosition p = LONE_POSITIONS.get(which);
      Workflow w = p.build.apply(text);
      List<Problem> problems = Validator.validate(w);
      assertThat(problems).as("problems for %s", p.key).anySatisfy(problem -> {
        assertThat(problem.message()).startsWith(p.key + ": text contains a lone surrogate U+");
        assertThat(problem.location().fileName()).isEqualTo("YamlRoundTripPropertyTest.java");
      });
      assertThatThrownBy(() -> WorkflowYaml.render(w, List.of())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lone surrogate");
      Generation generation = Generation.of(List.of(() -> w), List.of());
      assertThat(generation.files()).isEmpty();
      assertThat(generation.problems()).isNotEmpty();
    });
  }

  private record LonePosition(String key, Function<String, Workflow> build) {}

  private static final List<LonePosition> LONE_POSITIONS = new ArrayList<>();

  static {
    Function<Function<String, Job.Builder>, Function<String, Workflow>> inJob = job -> text ->
        Workflow.builder("lone").on(Trigger.push()).jobs(job.apply(text).build()).build();
    LONE_POSITIONS.add(new LonePosition("run", inJob.apply(t -> runner().steps(Step.run(t)))));
    LONE_POSITIONS.add(new LonePosition("with.text",
        inJob.apply(t -> runner().steps(Step.uses("octo/action@v1").with("text", t)))));
    LONE_POSITIONS.add(new LonePosition("env.TEXT",
        inJob.apply(t -> runner().steps(Step.run("make").env("TEXT", t)))));
    LONE_POSITIONS.add(new LonePosition("name", inJob.apply(t -> runner().steps(Step.named(t).run("make")))));
    LONE_POSITIONS.add(new LonePosition("outputs.text",
        inJob.apply(t -> runner().output("text", t).steps(Step.run("make")))));
    LONE_POSITIONS.add(new LonePosition("env", inJob.apply(t -> runner().env(t, "value").steps(Step.run("make")))));
    LONE_POSITIONS.add(new LonePosition("name", t ->
        Workflow.builder("lone").name(t).on(Trigger.push()).jobs(runner().steps(Step.run("make")).build()).build()));
  }

  private static Job.Builder runner() {
    return Job.builder("build").runsOn("ubuntu-latest");
  }

  @Test
  void theGeneratorReallyIsHostile() {
    // A generator that drifted to harmless text would make the properties above vacuous. As many
    // strings as the properties saw: with make fuzz's fresh seeds 2,000 can miss a rare kind.
    List<String> sample = new ArrayList<>();
    theory(Math.max(2_000, CASES)).forAll(HostileText.strings()).checkAssert(sample::add);
    assertThat(sample).anyMatch(String::isEmpty)
        .anyMatch(s -> s.contains("\n")).anyMatch(s -> s.contains("\r")).anyMatch(s -> s.contains("\u0085"))
        .anyMatch(s -> s.contains(": ")).anyMatch(s -> s.contains(" #")).anyMatch(s -> s.startsWith("#"))
        .anyMatch(s -> s.startsWith(" ")).anyMatch(s -> s.endsWith("\t"))
        .anyMatch(s -> RESERVED.contains(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT)))
        .anyMatch(s -> s.contains("0x1F")).anyMatch(s -> s.contains("2001-12-14"))
        .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint))
        .anyMatch(s -> s.contains("${{ github.sha }}"))
        .anyMatch(s -> s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
        .anyMatch(s -> ENV_NAME.matcher(s).matches());
  }
}
