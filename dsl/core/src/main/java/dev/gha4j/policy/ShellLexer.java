package dev.gha4j.policy;

import dev.gha4j.policy.ShellToken.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a bash script into {@link ShellToken}s: quoting, escapes, comments, here-documents,
 * arithmetic and command substitutions are understood well enough that text inside strings,
 * comments and here-documents is never mistaken for a command. Never throws: an unclosed quote or
 * parenthesis simply runs to the end of the script.
 */
final class ShellLexer {
  private static final String METACHARACTERS = ";&|()<> \t\r\n";
  private static final String[] OPERATORS = {";;&", ";;", ";&", "&&", "||", "|&", ";", "&", "|", "(", ")"};
  private static final String[] REDIRECTIONS = {"&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">&", ">>", ">|", "<", ">"};

  private final String s;
  private final int[] lineStarts;
  private int pos;
  private final List<ShellToken> tokens = new ArrayList<>();
  private final List<String> heredocs = new ArrayList<>();
  private final List<Boolean> heredocTabs = new ArrayList<>();

  private ShellLexer(String script) {
    this.s = script;
    this.lineStarts = starts(script);
  }

  /** The tokens of {@code script}, in order. */
  static List<ShellToken> tokens(String script) {
    ShellLexer lexer = new ShellLexer(script);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') pos++;
      else if (c == '\\' && at(pos + 1) == '\n') pos += 2;
      else if (c == '\n') {
        add(Kind.OPERATOR, "\n", pos, pos + 1, List.of());
        pos++;
        skipHeredocs();
      } else if (c == '#') {
        while (pos < s.length() && s.charAt(pos) != '\n') pos++;
      } else if (s.startsWith("((", pos)) {
        int end = closing(pos + 1);
        int after = Math.min(s.length(), end + 2);
        add(Kind.ARITHMETIC, s.substring(pos + 2, end), pos, after, List.of());
        pos = after;
      } else if (!redirection()) {
        String op = ";&|()".indexOf(c) < 0 ? null : startingWith(OPERATORS, pos);
        if (op != null) {
          add(Kind.OPERATOR, op, pos, pos + op.length(), List.of());
          pos += op.length();
        } else {
          word();
        }
      }
    }
  }

  private boolean redirection() {
    int start = pos;
    int p = pos;
    while (p < s.length() && Character.isDigit(s.charAt(p))) p++;
    if ("<>&".indexOf(at(p)) < 0) return false;
    String op = startingWith(REDIRECTIONS, p);
    if (op == null) return false;
    pos = p + op.length();
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
    Word target = pos < s.length() && METACHARACTERS.indexOf(s.charAt(pos)) < 0 ? readWord() : new Word("", List.of());
    if (op.equals("<<") || op.equals("<<-")) {
      heredocs.add(target.text);
      heredocTabs.add(op.equals("<<-"));
    }
    add(Kind.REDIRECT, op + target.text, start, pos, List.of());
    return true;
  }

  private void word() {
    int start = pos;
    Word w = readWord();
    add(Kind.WORD, w.text, start, pos, w.substitutions);
  }

  private record Word(String text, List<String> substitutions) {}

  private Word readWord() {
    StringBuilder text = new StringBuilder();
    List<String> subs = new ArrayList<>();
    while (pos < s.length() && METACHARACTERS.indexOf(s.charAt(pos)) < 0) {
      char c = s.charAt(pos);
      if (c == '\\') {
        if (at(pos + 1) != '\n' && pos + 1 < s.length()) text.append(s.charAt(pos + 1));
        pos += 2;
      } else if (c == '\'') {
        int end = s.indexOf('\'', pos + 1);
        end = end < 0 ? s.length() : end;
        text.append(s, pos + 1, end);
        pos = end + 1;
      } else if (c == '"') {
        doubleQuoted(text, subs);
      } else if (c == '$' || c == '`') {
        expansion(text, subs);
      } else {
        text.append(c);
        pos++;
      }
    }
    pos = Math.min(pos, s.length());
    return new Word(text.toString(), subs);
  }

  private void doubleQuoted(StringBuilder text, List<String> subs) {
    pos++;
    while (pos < s.length() && s.charAt(pos) != '"') {
      char c = s.charAt(pos);
      if (c == '\\' && pos + 1 < s.length()) {
        if ("\"\\$`".indexOf(s.charAt(pos + 1)) >= 0) text.append(s.charAt(pos + 1));
        else if (s.charAt(pos + 1) != '\n') text.append(c).append(s.charAt(pos + 1));
        pos += 2;
      } else if (c == '$' || c == '`') {
        expansion(text, subs);
      } else {
        text.append(c);
        pos++;
      }
    }
    pos = Math.min(pos + 1, s.length());
  }

  // $(cmd), $((arith)), ${param}, `cmd` or a plain $: kept as written; command substitutions are recorded.
  private void expansion(StringBuilder text, List<String> subs) {
    int start = pos;
    if (s.charAt(pos) == '`') {
      int end = s.indexOf('`', pos + 1);
      end = end < 0 ? s.length() : end;
      subs.add(s.substring(pos + 1, end));
      pos = Math.min(end + 1, s.length());
    } else if (at(pos + 1) == '(') {
      int end = closing(pos + 1);
      if (at(pos + 2) != '(') subs.add(s.substring(pos + 2, Math.min(end, s.length())));
      pos = Math.min(end + 1, s.length());
    } else if (at(pos + 1) == '{') {
      int end = s.indexOf('}', pos + 2);
      pos = end < 0 ? s.length() : end + 1;
    } else {
      pos++;
    }
    text.append(s, start, pos);
  }

  /** The index of the {@code )} matching the {@code (} at {@code open}, or the end of the text. */
  private int closing(int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') i++;
      else if (c == '\'') i = endOf(s.indexOf('\'', i + 1));
      else if (c == '"') i = endOfDoubleQuoted(i);
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i;
    }
    return s.length();
  }

  private int endOfDoubleQuoted(int open) {
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') i++;
      else if (s.charAt(i) == '"') return i;
    }
    return s.length();
  }

  private int endOf(int index) {
    return index < 0 ? s.length() : index;
  }

  private void skipHeredocs() {
    for (int i = 0; i < heredocs.size(); i++) {
      while (pos < s.length()) {
        int nl = endOf(s.indexOf('\n', pos));
        String line = s.substring(pos, nl);
        pos = Math.min(nl + 1, s.length());
        if ((heredocTabs.get(i) ? line.replaceFirst("^\t+", "") : line).equals(heredocs.get(i))) break;
      }
    }
    heredocs.clear();
    heredocTabs.clear();
  }

  private String startingWith(String[] candidates, int at) {
    for (String c : candidates) if (s.startsWith(c, at)) return c;
    return null;
  }

  private char at(int index) {
    return index < s.length() ? s.charAt(index) : '\0';
  }

  private void add(Kind kind, String text, int start, int end, List<String> subs) {
    tokens.add(new ShellToken(kind, text, s.substring(start, Math.min(end, s.length())), lineOf(start), subs));
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static int[] starts(String script) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < script.length(); i++) if (script.charAt(i) == '\n') starts.add(i + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
