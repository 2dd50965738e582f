package dev.gha4j.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A fake whose answers Java code computes from the call and a state object: a cloud account that
 * remembers what each service runs, a registry that knows which images were pushed. Every run of a
 * simulation gets a new state from {@code newState}; the commands named with {@link #answers} call
 * it, and after the run {@link SimulationResult#model(Class)} hands the state over, so a test reads
 * what the run did to it (which task definition a service ended on) instead of matching command
 * lines.
 *
 * <pre>{@code
 * Simulation.of(workflow)
 *     .model(FakeModel.of(Cloud::new).answers("aws", Cloud::aws).answers("curl", Cloud::curl))
 *     .fake("aws", aws -> aws.when("ecs wait services-stable *", Answer.hangs()))   // rules go first
 *     .run()
 *     .model(Cloud.class).service("prod")   // the state after the run
 * }</pre>
 *
 * Rules scripted with {@link Simulation#fake} for the same command are tried first; the model
 * answers the calls no rule matches (in place of {@link FakeCommand#otherwise}). An injected
 * {@link Fault} never reaches the model. Calls of one run reach the state one at a time. The call
 * travels from the step's bash to the simulator over a loopback socket (bash's
 * {@code /dev/tcp}), which costs about as much as a fake answered in bash.
 *
 * @param <S> the state's type
 */
public final class FakeModel<S> {
  private final Supplier<? extends S> newState;
  private final Map<String, BiFunction<? super S, Call, Answer>> commands = new LinkedHashMap<>();
  private final Set<String> readingInput = new java.util.HashSet<>();
  private UnaryOperator<S> copy;

  private FakeModel(Supplier<? extends S> newState) {
    this.newState = Objects.requireNonNull(newState, "newState");
  }

  /**
   * A model whose state each run gets fresh from {@code newState}.
   *
   * @param <S>      the state's type
   * @param newState makes the state a run starts with, e.g. {@code Cloud::new}; must not give null
   * @return a model answering no command until {@link #answers} names them
   */
  public static <S> FakeModel<S> of(Supplier<? extends S> newState) {
    return new FakeModel<>(newState);
  }

  /**
   * Calls of {@code command} are answered by {@code answer}, given this run's state and the call.
   *
   * @param command the command's name, e.g. {@code aws}; not {@code sleep}
   * @param answer  computes the answer and may change the state, e.g. {@code Cloud::aws}; must not give null
   * @return this model
   * @throws IllegalArgumentException for {@code sleep} or a name that is not a command name
   */
  public FakeModel<S> answers(String command, BiFunction<? super S, Call, Answer> answer) {
    Toolbox.checkName(command);
    if (command.equals("sleep")) throw new IllegalArgumentException("sleep is the simulated clock; it cannot be modelled");
    commands.put(command, Objects.requireNonNull(answer, "answer"));
    return this;
  }

  /**
   * Calls of {@code command} send what they read on standard input along ({@link Call#input}), up to
   * its end: only for commands that read it (a filter such as {@code jq}), since the call waits for
   * the input to end.
   *
   * @param command a command this model {@link #answers} already
   * @return this model
   * @throws IllegalArgumentException when the model does not answer {@code command} (yet)
   */
  public FakeModel<S> readingInput(String command) {
    if (!commands.containsKey(command)) throw new IllegalArgumentException("readingInput(\"" + command + "\"): answer it first");
    readingInput.add(command);
    return this;
  }

  /**
   * How to copy a state, deeply enough that changing the copy leaves the original as it was. With
   * it, a {@link FaultSweep} starts each faulted run at the first job its fault touches, taking the
   * jobs before it (and the state they left) from the run without faults, instead of running them
   * again.
   *
   * @param copier gives a deep enough copy of a state, e.g. {@code Cloud::copy}; not null
   * @return this model
   */
  public FakeModel<S> copiedWith(UnaryOperator<S> copier) {
    copy = java.util.Objects.requireNonNull(copier, "copier");
    return this;
  }

  Set<String> commands() {
    return Collections.unmodifiableSet(commands.keySet());
  }

  /** A new state for one run, with the functions that answer its commands. */
  Instance start() {
    return new Instance(newState.get());
  }

  /** The state of one run and its answers. */
  final class Instance {
    final S state;

    private Instance(S state) {
      this.state = Objects.requireNonNull(state, "the model's newState gave null");
    }

    Set<String> commands() {
      return commands.keySet();
    }

    boolean readsInput(String command) {
      return readingInput.contains(command);
    }

    /** A copy of this state ({@link #copiedWith}), or null when the model has no copier. */
    Instance copy() {
      if (copy == null) return null;
      synchronized (state) {
        return new Instance(copy.apply(state));
      }
    }

    Answer answer(Call call) {
      synchronized (state) {
        Answer a = commands.get(call.command()).apply(state, call);
        return Objects.requireNonNull(a, () -> "the model of '" + call.command() + "' gave no answer to " + call.line());
      }
    }
  }
}
