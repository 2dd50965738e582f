package dev.gha4j.policy;

import java.util.ArrayList;
import java.util.List;

/** A {@code for}, {@code select}, {@code while} or {@code until} loop of a {@link ShellScript}. */
final class ShellLoop {
  private final String keyword;
  private final int line;
  private final List<ShellToken> header = new ArrayList<>();
  private String arithmetic;
  private boolean inBody;
  private final List<ShellCommand> condition = new ArrayList<>();
  private final List<ShellCommand> body = new ArrayList<>();
  private final List<ShellCommand> all = new ArrayList<>();

  ShellLoop(String keyword, int line) {
    this.keyword = keyword;
    this.line = line;
  }

  /** {@code for}, {@code select}, {@code while} or {@code until}. */
  String keyword() { return keyword; }

  /** The 1-based script line of the keyword. */
  int line() { return line; }

  /** For {@code for}/{@code select}: the words between the keyword and {@code do}. */
  List<ShellToken> header() { return header; }

  /** For {@code for (( init; test; step ))}: the text inside the parentheses; else null. */
  String arithmetic() { return arithmetic; }

  /** For {@code while}/{@code until}: the commands of the condition. */
  List<ShellCommand> condition() { return condition; }

  /** The commands directly in the body (a nested loop's commands belong to it, and to {@link #all}). */
  List<ShellCommand> body() { return body; }

  /** Every command inside: condition, body and nested loops. */
  List<ShellCommand> all() { return all; }

  boolean isFor() {
    return keyword.equals("for") || keyword.equals("select");
  }

  boolean inForHeader() {
    return isFor() && !inBody && arithmetic == null;
  }

  void arithmetic(String text) { arithmetic = text; }

  void startBody() { inBody = true; }

  void add(ShellCommand command, boolean innermost) {
    all.add(command);
    if (innermost) (inBody ? body : condition).add(command);
  }
}
