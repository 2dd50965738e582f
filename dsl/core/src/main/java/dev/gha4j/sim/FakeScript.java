package dev.gha4j.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a fake command as a bash script that uses only builtins (so a thousand calls stay
 * cheap): the prelude ({@code fake-prelude.sh}) appends the call to the calls log; a {@code case}
 * statement finds the first matching rule and gives that rule's next answer, counting calls in a
 * state file.
 */
final class FakeScript {
  private FakeScript() {}

  private static final String PRELUDE = Resources.text("fake-prelude.sh");

  static String of(FakeCommand fake, Path callsLog, Path stateDir) {
    StringBuilder s = new StringBuilder();
    s.append("#!/usr/bin/env bash\n# gha4j simulation: fake '").append(fake.name()).append("'\n");
    s.append("__fake_name=").append(quote(fake.name())).append('\n');
    s.append("__fake_calls=").append(quote(callsLog.toString())).append('\n');
    s.append("__fake_state=").append(quote(stateDir.toString())).append('\n');
    s.append(PRELUDE);
    s.append("case \"$*\" in\n");
    List<FakeCommand.Rule> rules = fake.rules();
    for (int i = 0; i < rules.size(); i++) {
      s.append("  ").append(casePattern(rules.get(i).pattern())).append(")\n");
      answers(s, fake.name() + "." + i, rules.get(i).answers());
    }
    s.append("  *)\n");
    answers(s, fake.name() + ".otherwise", fake.otherwiseAnswers());
    s.append("esac\n");
    return s.toString();
  }

  private static void answers(StringBuilder s, String counter, List<Answer> answers) {
    if (answers.size() > 1) s.append("    __next ").append(quote(counter)).append(' ').append(answers.size() - 1).append('\n');
    else s.append("    __n=0\n");
    s.append("    case $__n in\n");
    for (int i = 0; i < answers.size(); i++) {
      s.append("      ").append(i).append(") ");
      answer(s, answers.get(i));
      s.append(" ;;\n");
    }
    s.append("    esac ;;\n");
  }

  private static void answer(StringBuilder s, Answer a) {
    if (a.script() != null) {
      s.append("eval ").append(quote(a.script())).append("; exit $?");
      return;
    }
    if (!a.stdout().isEmpty()) s.append("printf '%s' ").append(quote(a.stdout())).append("; ");
    if (!a.stderr().isEmpty()) s.append("printf '%s' ").append(quote(a.stderr())).append(" >&2; ");
    s.append("exit ").append(a.exitCode());
  }

  /** A bash case pattern: {@code *} stays a wildcard, everything else is quoted literally. */
  static String casePattern(String pattern) {
    if (pattern.isEmpty()) return "''";
    StringBuilder out = new StringBuilder();
    String[] parts = pattern.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) out.append('*');
      if (!parts[i].isEmpty()) out.append(quote(parts[i]));
    }
    return out.toString();
  }

  /** Bash ANSI-C quoting, safe for any text. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("$'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('\'').toString();
  }
}
