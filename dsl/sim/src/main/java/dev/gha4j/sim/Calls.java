package dev.gha4j.sim;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The recorded calls of fake commands, in order; as a list, each element is one call's argument
 * list, so {@code assertThat(result.calls("aws")).contains(List.of("ecs", "wait", ...))} reads
 * naturally. Narrow with {@link #matching} and read option values with {@link #options}.
 */
public final class Calls extends AbstractList<List<String>> {
  private final List<Call> calls;

  Calls(List<Call> calls) {
    this.calls = List.copyOf(calls);
  }

  @Override
  public List<String> get(int index) {
    return calls.get(index).args();
  }

  @Override
  public int size() {
    return calls.size();
  }

  /**
   * The calls whose joined arguments match {@code pattern}.
   *
   * @param pattern the whole line, {@code *} for any text as in {@link FakeCommand}, e.g. {@code "ecs update-service *"}
   * @return those calls, in order
   */
  public Calls matching(String pattern) {
    java.util.regex.Pattern p = compile(pattern);
    return new Calls(calls.stream().filter(c -> p.matcher(c.line()).matches()).toList());
  }

  /**
   * The value after {@code flag} in each call that has it: {@code options("--task-definition")}.
   *
   * @param flag the option, read as by {@link Call#option}
   * @return the values, in call order; calls without the option are left out
   */
  public List<String> options(String flag) {
    return calls.stream().map(c -> c.option(flag)).filter(Objects::nonNull).toList();
  }

  /**
   * The calls themselves, with more than their arguments.
   *
   * @return every call with its command, job, step and site, in order
   */
  public List<Call> details() {
    return calls;
  }

  static java.util.regex.Pattern compile(String pattern) {
    String[] parts = pattern.split("\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) regex.append("[\\s\\S]*");
      if (!parts[i].isEmpty()) regex.append(java.util.regex.Pattern.quote(parts[i]));
    }
    return java.util.regex.Pattern.compile(regex.toString());
  }

  @Override
  public String toString() {
    return calls.isEmpty() ? "(no calls)" : calls.stream().map(Call::toString).collect(Collectors.joining("\n"));
  }
}
