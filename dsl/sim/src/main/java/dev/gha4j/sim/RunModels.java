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
  private final List<FakeModel<?>.Instance> instances = new ArrayList<>();
  private final Map<String, FakeModel<?>.Instance> byCommand = new LinkedHashMap<>();
  private volatile CallSite step;

  RunModels(List<FakeModel<?>> models) {
    for (FakeModel<?> m : models) {
      FakeModel<?>.Instance i = m.start();
      instances.add(i);
      for (String c : i.commands()) byCommand.put(c, i);
    }
  }

  boolean isEmpty() {
    return instances.isEmpty();
  }

  /** The commands some model answers. */
  java.util.Set<String> commands() {
    return byCommand.keySet();
  }

  /** The step whose calls come next. */
  void enter(String job, int index, String stepName) {
    step = CallSite.command(job, index, stepName, "-", 1);
  }

  Answer answer(String command, int occurrence, boolean read, List<String> args) {
    CallSite at = step;
    if (at == null) return Answer.fails(125, "gha4j: a call of '" + command + "' outside a step");
    Call call = new Call(CallSite.command(at.job(), at.step(), at.stepName(), command, Math.max(1, occurrence)), args, read);
    try {
      return byCommand.get(command).answer(call);
    } catch (RuntimeException e) {
      return Answer.fails(125, "gha4j: the model of '" + command + "' failed on '" + call.line() + "': " + e);
    }
  }

  /** Each model's state, for the result. */
  List<Object> states() {
    return instances.stream().<Object>map(i -> i.state).toList();
  }
}
