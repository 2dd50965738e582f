package dev.gha4j.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model states of one run ({@link FakeModel}) and the step that is running, so that a call that
 * reaches the {@link ModelServer} becomes a {@link Call} with its site. Steps run one at a time.
 */
final class RunModels {
  private List<FakeModel<?>.Instance> instances = new ArrayList<>();
  private final Map<String, FakeModel<?>.Instance> byCommand = new LinkedHashMap<>();
  /** The running step: its job, position and name. */
  private record Step(String job, int index, String name) {}

  private volatile Step step;

  RunModels(List<FakeModel<?>> models) {
    for (FakeModel<?> m : models) instances.add(m.start());
    index();
  }

  private RunModels(List<FakeModel<?>.Instance> copies, boolean copied) {
    instances = copies;
    index();
  }

  private void index() {
    byCommand.clear();
    for (FakeModel<?>.Instance i : instances) for (String c : i.commands()) byCommand.put(c, i);
  }

  /** A copy of every state, or null when a model has no copier ({@link FakeModel#copiedWith}). */
  synchronized RunModels copy() {
    List<FakeModel<?>.Instance> copies = new ArrayList<>();
    for (FakeModel<?>.Instance i : instances) {
      FakeModel<?>.Instance c = i.copy();
      if (c == null) return null;
      copies.add(c);
    }
    return new RunModels(copies, true);
  }

  /** Takes copies of the states of {@code checkpoint} (which stays as it is). */
  synchronized void restore(RunModels checkpoint) {
    instances = checkpoint.copy().instances;
    index();
  }

  boolean isEmpty() {
    return instances.isEmpty();
  }

  /** The commands some model answers. */
  java.util.Set<String> commands() {
    return byCommand.keySet();
  }

  /** Whether a model answers {@code command}, and whether it reads the call's input. */
  FakeScript.Modeled modeled(String command) {
    FakeModel<?>.Instance i = byCommand.get(command);
    if (i == null) return FakeScript.Modeled.NO;
    return i.readsInput(command) ? FakeScript.Modeled.READING_INPUT : FakeScript.Modeled.YES;
  }

  /** The step whose calls come next. */
  void enter(String job, int index, String stepName) {
    step = new Step(job, index, stepName);
  }

  synchronized Answer answer(String command, int occurrence, boolean read, String input, List<String> args) {
    Step at = step;
    if (at == null) return Answer.fails(125, "gha4j: a call of '" + command + "' outside a step");
    Call call = new Call(CallSite.command(at.job(), at.index(), at.name(), command, Math.max(1, occurrence)), args, read,
        input);
    try {
      return byCommand.get(command).answer(call);
    } catch (RuntimeException e) {
      return Answer.fails(125, "gha4j: the model of '" + command + "' failed on '" + call.line() + "': " + e);
    }
  }

  /** Each model's state, for the result. */
  synchronized List<Object> states() {
    return instances.stream().<Object>map(i -> i.state).toList();
  }
}
