package dev.gha4j.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a shell loop is bounded, i.e. stops after a known number of rounds or a known
 * time even when the thing it waits for never happens:
 * <ul>
 *   <li>{@code for x in ...} (a finite list) and {@code for ((i=0; i<n; i++))} (a test) are bounded;
 *       {@code for ((;;))} is not;
 *   <li>{@code while read ...} and {@code while getopts ...} end with their input;
 *       {@code while [ $# -gt 0 ]} with a {@code shift} ends with the arguments;
 *   <li>any other {@code while}/{@code until} loop is bounded only by a counter: a variable the loop
 *       changes arithmetically ({@code n=$((n+1))}, {@code ((n++))}, {@code let n+=1}) and compares
 *       ({@code [ "$n" -ge 5 ]}, {@code (( n < 5 ))}), in the condition or the body; bash's
 *       {@code SECONDS} counts by itself, so comparing it is a time bound.
 * </ul>
 */
final class LoopBounds {
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern STEP_AFTER = Pattern.compile("(" + NAME + ")\\s*(\\+\\+|--|\\+=|-=)");
  private static final Pattern STEP_BEFORE = Pattern.compile("(\\+\\+|--)\\s*(" + NAME + ")");
  private static final Pattern SELF_ASSIGN = Pattern.compile("(" + NAME + ")\\s*=\\s*\\$?\\{?(" + NAME + ")\\}?\\s*[-+]");
  private static final Pattern EXPANSION = Pattern.compile("\\$\\(\\((.*?)\\)\\)");
  private static final Pattern EXPR_ASSIGN = Pattern.compile("(" + NAME + ")=\\$\\(expr\\s+\\$\\{?(" + NAME + ")\\}?\\s*[-+]");
  private static final Pattern ARITH_ASSIGN = Pattern.compile("(" + NAME + ")=\\$\\(\\((.*)\\)\\)");
  private static final Set<String> TESTS = Set.of("[", "[[", "test");
  private static final Pattern TEST_OPERATOR = Pattern.compile("-(lt|le|gt|ge|eq|ne)");

  private LoopBounds() {}

  static boolean bounded(ShellLoop loop) {
    if (loop.isFor()) return loop.arithmetic() == null || hasTest(loop.arithmetic());
    for (ShellCommand c : loop.condition()) {
      if (c.name().equals("read") || c.name().equals("getopts")) return true;
      if (c.texts().contains("$#") && loop.all().stream().anyMatch(b -> b.name().equals("shift"))) return true;
    }
    return counted(loop);
  }

  /** True when the loop can end early: a {@code while}/{@code until}, or a body that breaks or exits. */
  static boolean stopsEarly(ShellLoop loop) {
    if (!loop.isFor()) return true;
    for (ShellCommand c : loop.body()) if (c.name().equals("break")) return true;
    for (ShellCommand c : loop.all()) if (c.name().equals("exit") || c.name().equals("return")) return true;
    return false;
  }

  private static boolean hasTest(String arithmetic) {
    String[] parts = arithmetic.split(";", -1);
    return parts.length < 3 || !parts[1].isBlank();
  }

  private static boolean counted(ShellLoop loop) {
    List<String> arithmetic = arithmetic(loop);
    Set<String> counters = new LinkedHashSet<>(List.of("SECONDS"));
    for (String a : arithmetic) {
      add(counters, STEP_AFTER.matcher(a), 1);
      add(counters, STEP_BEFORE.matcher(a), 2);
      Matcher m = SELF_ASSIGN.matcher(a);
      while (m.find()) if (m.group(1).equals(m.group(2))) counters.add(m.group(1));
    }
    for (ShellCommand c : loop.all()) {
      for (ShellToken w : c.words()) {
        Matcher m = EXPR_ASSIGN.matcher(w.raw());
        if (m.lookingAt() && m.group(1).equals(m.group(2))) counters.add(m.group(1));
        m = ARITH_ASSIGN.matcher(w.raw());
        if (m.matches() && (m.group(2).indexOf('+') >= 0 || m.group(2).indexOf('-') >= 0)
            && Pattern.compile("\\b" + m.group(1) + "\\b").matcher(m.group(2)).find()) {
          counters.add(m.group(1));
        }
      }
    }
    for (String v : counters) if (compared(v, loop, arithmetic)) return true;
    return false;
  }

  private static void add(Set<String> counters, Matcher m, int group) {
    while (m.find()) counters.add(m.group(group));
  }

  // Arithmetic text anywhere in the loop: (( )) commands, $(( )) expansions, let arguments.
  private static List<String> arithmetic(ShellLoop loop) {
    List<String> all = new ArrayList<>();
    for (ShellCommand c : loop.all()) {
      for (ShellToken w : c.words()) {
        if (w.kind() == ShellToken.Kind.ARITHMETIC) all.add(w.text());
        Matcher m = EXPANSION.matcher(w.raw());
        while (m.find()) all.add(m.group(1));
      }
      if (c.name().equals("let")) all.addAll(c.args());
    }
    return all;
  }

  private static boolean compared(String v, ShellLoop loop, List<String> arithmetic) {
    Pattern ref = Pattern.compile("\\$?\\{?\\b" + v + "\\b\\}?");
    Pattern arith = Pattern.compile(ref.pattern() + "\\s*(<=|>=|<|>|==|!=)|(<=|>=|<|>|==|!=)\\s*" + ref.pattern());
    for (String a : arithmetic) if (arith.matcher(a).find()) return true;
    for (ShellCommand c : loop.all()) {
      if (!TESTS.contains(c.name())) continue;
      List<String> args = c.args();
      for (int i = 0; i < args.size(); i++) {
        if (!TEST_OPERATOR.matcher(args.get(i)).matches()) continue;
        if (i > 0 && ref.matcher(args.get(i - 1)).find()) return true;
        if (i + 1 < args.size() && ref.matcher(args.get(i + 1)).find()) return true;
      }
    }
    return false;
  }
}
