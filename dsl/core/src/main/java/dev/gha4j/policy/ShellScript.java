package dev.gha4j.policy;

import dev.gha4j.policy.ShellToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A bash script read as simple commands and the loops around them: what the script rules need
 * to tell {@code sleep 30} from a retry delay, or {@code || true} from the text {@code "|| true"}.
 * Command substitutions {@code $( )} are read as commands too. {@code ${{ }}} expressions are
 * masked first, so an expression's {@code ||} is never taken for the shell's.
 */
final class ShellScript {
  private static final Set<String> LOOPS = Set.of("for", "select", "while", "until");
  private static final Set<String> OPENERS = Set.of("if", "then", "elif", "else", "case", "{", "!", "time");
  private static final Set<String> CLOSERS = Set.of("fi", "esac", "}");

  private final List<ShellCommand> commands = new ArrayList<>();
  private final List<ShellLoop> loops = new ArrayList<>();

  private ShellScript() {}

  /** Reads {@code script}; never throws. */
  static ShellScript parse(String script) {
    ShellScript result = new ShellScript();
    result.read(ShellLexer.tokens(masked(script)), List.of(), 0);
    return result;
  }

  /** Every simple command, in script order (a substitution's commands after its command). */
  List<ShellCommand> commands() {
    return commands;
  }

  /** Every {@code for}, {@code while}, {@code until} and {@code select} loop, in script order. */
  List<ShellLoop> loops() {
    return loops;
  }

  private void read(List<ShellToken> tokens, List<ShellLoop> outer, int lineOffset) {
    List<ShellLoop> stack = new ArrayList<>(outer);
    List<ShellToken> words = new ArrayList<>();
    ShellCommand[] last = {null};
    String before = "\n";
    boolean start = true;
    for (ShellToken t : tokens) {
      ShellLoop top = stack.size() > outer.size() ? stack.get(stack.size() - 1) : null;
      if (t.kind() == Kind.OPERATOR) {
        finish(words, before, last, stack, lineOffset);
        before = t.text();
        start = true;
      } else if (t.kind() == Kind.ARITHMETIC && top != null && top.inForHeader() && top.header().isEmpty()) {
        top.arithmetic(t.text());
      } else if (t.kind() == Kind.WORD && start && words.isEmpty() && reserved(t, stack, top, lineOffset)) {
        start = !(t.isBare("done") || CLOSERS.contains(t.raw())) && !t.isBare("for") && !t.isBare("select");
      } else if (t.kind() == Kind.WORD && top != null && top.inForHeader()) {
        top.header().add(t);
      } else if (t.kind() != Kind.REDIRECT) {
        words.add(t);
        start = false;
      }
    }
    finish(words, before, last, stack, lineOffset);
  }

  /** Handles a reserved word in command position; false when {@code t} is an ordinary word. */
  private boolean reserved(ShellToken t, List<ShellLoop> stack, ShellLoop top, int lineOffset) {
    if (LOOPS.contains(t.raw())) {
      ShellLoop loop = new ShellLoop(t.raw(), t.line() + lineOffset);
      loops.add(loop);
      stack.add(loop);
      return true;
    }
    if (t.isBare("do")) {
      if (top != null) top.startBody();
      return true;
    }
    if (t.isBare("done")) {
      if (top != null) stack.remove(stack.size() - 1);
      return true;
    }
    return OPENERS.contains(t.raw()) || CLOSERS.contains(t.raw());
  }

  private void finish(List<ShellToken> words, String before, ShellCommand[] last, List<ShellLoop> stack,
      int lineOffset) {
    if (words.isEmpty()) return;
    int line = words.get(0).line() + lineOffset;
    ShellCommand command = new ShellCommand(List.copyOf(words), line, before, last[0], List.copyOf(stack));
    last[0] = command;
    commands.add(command);
    for (ShellLoop loop : stack) loop.add(command, loop == stack.get(stack.size() - 1));
    words.clear();
    for (ShellToken w : command.words()) {
      for (String sub : w.substitutions()) read(ShellLexer.tokens(sub), command.loops(), w.line() - 1 + lineOffset);
    }
  }

  /** Replaces each {@code ${{ }}} by a plain word, keeping the line breaks inside it. */
  static String masked(String script) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int open = script.indexOf("${{", from);
      if (open < 0) break;
      int close = closingBraces(script, open + 3);
      out.append(script, from, open).append("GHA4J_EXPRESSION");
      int end = close < 0 ? script.length() : close + 2;
      script.substring(open, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
      from = end;
    }
    return out.append(script.substring(from)).toString();
  }

  // As GitHub reads it: a '}}' inside a quoted expression string does not close the expression.
  private static int closingBraces(String text, int from) {
    boolean quoted = false;
    for (int i = from; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') quoted = !quoted;
      else if (!quoted && c == '}' && text.charAt(i + 1) == '}') return i;
    }
    return -1;
  }
}
