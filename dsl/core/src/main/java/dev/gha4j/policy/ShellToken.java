package dev.gha4j.policy;

import java.util.List;

/**
 * One token of a shell script as {@link ShellLexer} reads it.
 *
 * @param kind          what the token is
 * @param text          a word without its quotes and escapes; an operator; the inside of {@code (( ))}
 * @param raw           the token as written in the script
 * @param line          1-based script line the token starts on
 * @param substitutions the inner text of each {@code $( )} or backquote command substitution in a word
 */
record ShellToken(Kind kind, String text, String raw, int line, List<String> substitutions) {

  enum Kind {
    /** A word: command name, argument, assignment. */
    WORD,
    /** A control operator: {@code ; & && || | |& ;; ( )} or a newline, written {@code "\n"}. */
    OPERATOR,
    /** An arithmetic command {@code (( ... ))}; {@code text} is what is inside. */
    ARITHMETIC,
    /** A redirection with its target, e.g. {@code 2>&1} or {@code <<EOF}; no part of a command. */
    REDIRECT
  }

  ShellToken {
    substitutions = List.copyOf(substitutions);
  }

  boolean isOperator(String op) {
    return kind == Kind.OPERATOR && text.equals(op);
  }

  /** True for an unquoted word equal to {@code word}: how shells recognise reserved words. */
  boolean isBare(String word) {
    return kind == Kind.WORD && raw.equals(word);
  }
}
