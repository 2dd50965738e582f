package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario table of one fake command: rules matched in order against the call's arguments
 * joined by spaces, each with a sequence of answers (the first call gets the first answer, the
 * last answer repeats). In a pattern, {@code *} matches any text, spaces and slashes included;
 * every other character is literal. Calls no rule matches get the {@link #otherwise} answers,
 * by default exit 0 with no output.
 *
 * <p>Scripting the same command again in a simulation layers the new rules over the earlier ones:
 * a test can take a shared healthy scenario and break one call.
 *
 * <pre>{@code
 * fake.when("ecs run-task *", Answer.prints(TASK_ARN))
 *     .when("*https://staging.example.com/health*", Answer.exits(7), Answer.exits(7), Answer.prints("OK"))
 *     .otherwise(Answer.fails(2, "unexpected call"));
 * }</pre>
 */
public final class FakeCommand {
  /** A pattern over the joined arguments and the answers it gives, call after call. */
  record Rule(String pattern, List<Answer> answers) {}

  private final String name;
  private final List<Rule> rules = new ArrayList<>();
  private List<Answer> otherwise = List.of(Answer.ok());
  private boolean otherwiseSet;

  FakeCommand(String name) {
    this.name = name;
  }

  /**
   * Calls whose arguments match {@code argsPattern} get these answers in turn; the last one repeats.
   *
   * @param argsPattern the whole argument line, {@code *} for any text, e.g. {@code "ecs run-task *"}
   * @param answers     the first matching call's answer, then the second's, …; at least one
   * @return this command, for more rules
   * @throws IllegalArgumentException when no answer is given
   */
  public FakeCommand when(String argsPattern, Answer... answers) {
    if (answers.length == 0) throw new IllegalArgumentException("when(\"" + argsPattern + "\") needs at least one Answer");
    rules.add(new Rule(argsPattern, List.of(answers)));
    return this;
  }

  /**
   * Calls that match no rule get these answers in turn; the last one repeats.
   *
   * @param answers at least one, e.g. {@code Answer.fails(2, "unexpected call")} to catch calls the test
   *                did not foresee (default: {@link Answer#ok()})
   * @return this command
   * @throws IllegalArgumentException when no answer is given
   */
  public FakeCommand otherwise(Answer... answers) {
    if (answers.length == 0) throw new IllegalArgumentException("otherwise() needs at least one Answer");
    otherwise = List.of(answers);
    otherwiseSet = true;
    return this;
  }

  /** This scenario layered over an earlier one: these rules first, then the earlier rules. */
  FakeCommand over(FakeCommand earlier) {
    FakeCommand merged = new FakeCommand(name);
    merged.rules.addAll(rules);
    merged.rules.addAll(earlier.rules);
    merged.otherwise = otherwiseSet ? otherwise : earlier.otherwise;
    merged.otherwiseSet = otherwiseSet || earlier.otherwiseSet;
    return merged;
  }

  String name() {
    return name;
  }

  List<Rule> rules() {
    return rules;
  }

  List<Answer> otherwiseAnswers() {
    return otherwise;
  }
}
