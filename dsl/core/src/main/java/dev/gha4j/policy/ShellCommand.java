package dev.gha4j.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One simple command of a script.
 *
 * @param words  its words, assignments and arithmetic included, redirections left out
 * @param line   the 1-based script line it starts on
 * @param before   the operator that precedes it: {@code "\n"}, {@code ;}, {@code ||}, {@code &&}, {@code |}, …
 * @param previous the command before that operator, or null
 * @param loops    the loops around it, outermost first
 */
record ShellCommand(List<ShellToken> words, int line, String before, ShellCommand previous, List<ShellLoop> loops) {
  // Words that run the next word as the command.
  private static final Set<String> PREFIXES = Set.of("command", "builtin", "exec", "nohup", "time", "sudo");

  ShellCommand {
    words = List.copyOf(words);
    loops = List.copyOf(loops);
  }

  /** Index of the command name: the first word that is not an assignment or a prefix such as {@code sudo}. */
  private int nameIndex() {
    int i = 0;
    while (i < words.size() && (isAssignment(words.get(i)) || PREFIXES.contains(words.get(i).text()))) i++;
    return i;
  }

  /** The command name, e.g. {@code sleep}; empty for a bare assignment. */
  String name() {
    int i = nameIndex();
    return i < words.size() ? words.get(i).text() : "";
  }

  /** The words after the name, without quotes. */
  List<String> args() {
    int i = nameIndex();
    return i < words.size() ? words.subList(i + 1, words.size()).stream().map(ShellToken::text).toList() : List.of();
  }

  /** Every word's text, assignments included. */
  List<String> texts() {
    return words.stream().map(ShellToken::text).toList();
  }

  /** The command as written, for messages. */
  String source() {
    return words.stream().map(ShellToken::raw).collect(Collectors.joining(" "));
  }

  // NAME=value or NAME+=value; checked by hand because every rule asks for every command's name.
  private static boolean isAssignment(ShellToken t) {
    String raw = t.raw();
    if (t.kind() != ShellToken.Kind.WORD || raw.isEmpty() || !(Character.isLetter(raw.charAt(0)) || raw.charAt(0) == '_')) {
      return false;
    }
    int i = 1;
    while (i < raw.length() && (Character.isLetterOrDigit(raw.charAt(i)) || raw.charAt(i) == '_')) i++;
    if (i < raw.length() && raw.charAt(i) == '+') i++;
    return i < raw.length() && raw.charAt(i) == '=';
  }
}
