package dev.gha4j.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * The bash of the fake commands, using only builtins so that a thousand calls stay cheap. Each
 * fake is a body file, sourced with the command's name and the call's arguments by two small
 * wrappers: a dispatcher script on {@code PATH} (one file; every fake command is a link to it, for
 * {@code sh}, {@code xargs}, {@code exec} and other callers), and a function of the command's name
 * exported to the step's bash, so a call from the script itself starts no process at all.
 * (Wrappers, not bodies, are exported: bash parses every exported function at start, once per
 * step.) A body records the call ({@code fake-prelude.sh}), then a {@code case} statement finds the
 * first matching rule and gives that rule's next answer, counting calls in a state file per rule.
 */
final class FakeScript {
  private FakeScript() {}

  private static final String PRELUDE = Resources.text("fake-prelude.sh");
  private static final String MODEL = Resources.text("fake-model.sh");

  /** The directory under the state directory that {@link Answer#runs} snippets see as {@code $FAKE_STATE}. */
  static final String SHARED = "shared";

  /** The body of every fake no test scripted: record the call, exit 0. */
  static final String DEFAULT_BODY = "default.bash";

  /** Whether a {@link FakeModel} answers the calls no rule matches, and whether it gets their stdin. */
  enum Modeled { NO, YES, READING_INPUT }

  /**
   * The script every fake on {@code PATH} links to: its own name picks the body. {@code bash} is
   * the absolute path of the machine's bash ({@code #!/usr/bin/env bash} would cost another exec).
   */
  static String dispatcher(Path bodies, String bash) {
    String dir = quote(bodies.toString() + "/");
    return "#!" + bash + "\n# gha4j simulation: every fake command on PATH links here; its name picks the body.\n"
        + "__gha4j_fake() {\n"
        + "  local __body=" + dir + "\"${0##*/}.bash\"\n"
        + "  [ -f \"$__body\" ] || __body=" + quote(bodies.resolve(DEFAULT_BODY).toString()) + "\n"
        + "  . \"$__body\" \"${0##*/}\" \"$@\"\n"
        + "}\n__gha4j_fake \"$@\"\n";
  }

  /** The value of {@code BASH_FUNC_<name>%%}, bash's form of an exported function. */
  static String exportedFunction(String name, Path body) {
    return "() { . " + quote(body.toString()) + " " + quote(name) + " \"$@\"; }";
  }

  /**
   * The statements of a fake, sourced inside a function (so {@code local} and {@code return}
   * work) with the command's name, then the call's arguments: record the call, give an injected
   * fault's answer if this call is one, else the first matching rule's next answer, else the
   * model's answer ({@code modeled}) or the {@code otherwise} answers.
   */
  static String body(FakeCommand fake, Modeled modeled, List<Fault> faults, Path callsLog, Path stateDir) {
    StringBuilder s = new StringBuilder("# gha4j simulation: the fake '").append(fake.name()).append("'\n");
    s.append(PRELUDE.replace("$__FAKE_CALLS", quote(callsLog.toString())));
    if (modeled != Modeled.NO) s.append(MODEL);
    for (Fault f : faults) fault(s, f, stateDir.resolve(SHARED));
    s.append("  case \"$*\" in\n");
    List<FakeCommand.Rule> rules = fake.rules();
    for (int i = 0; i < rules.size(); i++) {
      s.append("    ").append(casePattern(rules.get(i).pattern())).append(")\n");
      answers(s, stateDir, fake.name() + "." + i, rules.get(i).answers());
    }
    s.append("    *)\n");
    if (modeled != Modeled.NO) {
      s.append("      __gha4j_model ").append(quote(stateDir.resolve(SHARED).toString()))
          .append(modeled == Modeled.READING_INPUT ? " 1" : " 0").append(" \"$@\"; return $? ;;\n");
    } else {
      answers(s, stateDir, fake.name() + ".otherwise", fake.otherwiseAnswers());
    }
    s.append("  esac\n");
    return s.toString();
  }

  /**
   * An injected fault: {@code $GHA4J_STEP_KEY} names the running step ({@code job/index}), the
   * prelude's {@code $__seq} the call's number in it. {@link FaultKind#FAILS_EVERY_TIME} also
   * answers later calls of the step with the same arguments.
   */
  private static void fault(StringBuilder s, Fault f, Path shared) {
    CallSite site = f.site();
    s.append("  if [ \"${GHA4J_STEP_KEY:-}\" = ").append(quote(stepKey(site.job(), site.step()))).append(" ] && ");
    if (f.kind() == FaultKind.FAILS_EVERY_TIME) {
      s.append("[ \"$__seq\" -ge ").append(site.occurrence()).append(" ] && [ \"$*\" = ").append(quote(f.seen())).append(" ]");
    } else {
      s.append("[ \"$__seq\" -eq ").append(site.occurrence()).append(" ]");
    }
    s.append("; then ");
    answer(s, f.kind().answer(site.callee()), shared);
    s.append("; fi\n");
  }

  /** What {@code $GHA4J_STEP_KEY} holds while a step runs. */
  static String stepKey(String job, int step) {
    return job + "/" + step;
  }

  private static void answers(StringBuilder s, Path stateDir, String counter, List<Answer> answers) {
    if (answers.size() > 1) {
      // __n: how often this rule answered before, at most the index of its last answer.
      String file = quote(stateDir.resolve(counter).toString());
      s.append("      __state=").append(file).append("; [ -f \"$__state\" ] && read -r __count < \"$__state\"\n");
      s.append("      echo $((__count + 1)) > \"$__state\"; __n=$(( __count < ").append(answers.size() - 1)
          .append(" ? __count : ").append(answers.size() - 1).append(" ))\n");
    }
    s.append("      case $__n in\n");
    for (int i = 0; i < answers.size(); i++) {
      s.append("        ").append(i).append(") ");
      answer(s, answers.get(i), stateDir.resolve(SHARED));
      s.append(" ;;\n");
    }
    s.append("      esac ;;\n");
  }

  private static void answer(StringBuilder s, Answer a, Path shared) {
    if (!a.takes().isZero()) s.append("__gha4j_takes ").append(a.takes().toMillis()).append(" || return $?; ");
    if (a.script() != null) {
      // A subshell, so an `exit` in the snippet ends the fake call, not the step that made it.
      s.append("( FAKE_STATE=").append(quote(shared.toString())).append("; eval ").append(quote(a.script()))
          .append(" ); return $?");
      return;
    }
    if (!a.stdout().isEmpty()) s.append("printf '%s' ").append(quote(a.stdout())).append("; ");
    if (!a.stderr().isEmpty()) s.append("printf '%s' ").append(quote(a.stderr())).append(" >&2; ");
    s.append("return ").append(a.exitCode());
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
