package dev.gha4j.codegen.manifests;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command behind {@code make action}, {@code make actions-outdated}, {@code make actions-bump}
 * and {@code make adopt-bumps}:
 *
 * <pre>
 * ActionsCommand add --uses owner/repo[/path][@tag] [--class Name]
 * ActionsCommand outdated
 * ActionsCommand bump [--action owner/repo[/path]] [--to tag]
 * ActionsCommand adopt-bumps [--workflows DIR]
 *   common: [--manifests DIR] [--sources DIR] [--git-host URL]
 * </pre>
 *
 * <p>Options are {@code --name value} or {@code --name=value}; an empty value counts as not given,
 * so a build tool can pass every option whether set or not. Prints what it did and exits 0, 1 when
 * the command failed (the message says why; no file was changed), 2 for a usage error.
 */
public final class ActionsCommand {
  static final String DEFAULT_MANIFESTS = "dsl/actions/src/main/actions";
  static final String DEFAULT_SOURCES = "dsl/actions/target/generated-sources/gha4j";
  static final String DEFAULT_WORKFLOWS = "generated/.github/workflows";
  private static final Set<String> COMMANDS = Set.of("add", "outdated", "bump", "adopt-bumps");
  private static final Set<String> OPTIONS =
      Set.of("manifests", "sources", "workflows", "git-host", "uses", "action", "to", "class");
  private static final String USAGE = "usage: actions add --uses owner/repo[/path][@tag] [--class Name] | outdated"
      + " | bump [--action owner/repo] [--to tag] | adopt-bumps [--workflows DIR];"
      + " common: [--manifests DIR] [--sources DIR] [--git-host URL]";

  private ActionsCommand() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the command and its options
   * @param out  where what was done is printed
   * @param err  where errors and usage are printed
   * @return the exit code: 0 done, 1 failed (nothing changed), 2 usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    ManifestStore store = new ManifestStore(o.path("manifests", DEFAULT_MANIFESTS), o.path("sources", DEFAULT_SOURCES));
    try {
      GitHost host = new GitHost(o.value("git-host", GitHost.GITHUB));
      if (o.command().equals("outdated")) {
        OutdatedActions.Report report = new OutdatedActions(store, host).check();
        report.lines().forEach(line -> (line.startsWith("error: ") ? err : out).println(line));
        return report.failed() ? 1 : 0;
      }
      List<String> lines = switch (o.command()) {
        case "add" -> new AddAction(store, host)
            .add(o.required("uses", "USES=owner/repo@vX.Y.Z"), o.value("class", null)).lines();
        case "bump" -> new BumpActions(store, host).bump(o.value("action", null), o.value("to", null)).lines();
        default -> new AdoptBumps(store, host).adopt(o.path("workflows", DEFAULT_WORKFLOWS)).lines();
      };
      lines.forEach(out::println);
      return 0;
    } catch (ActionsException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage() + "; no manifest and no class was changed");
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /** The parsed command line: the command and its options, empty values dropped. */
  record Options(String command, Map<String, String> values) {
    static Options parse(String[] args) {
      if (args.length == 0 || !COMMANDS.contains(args[0])) {
        throw new IllegalArgumentException(args.length == 0 ? "no command given" : "unknown command '" + args[0] + "'");
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + arg + "'");
        int eq = arg.indexOf('=');
        String name = arg.substring(2, eq < 0 ? arg.length() : eq);
        if (!OPTIONS.contains(name)) throw new IllegalArgumentException("unknown option '--" + name + "'");
        String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : "";
        // An unset Maven property arrives as its own ${name}: that is "not given" too.
        if (!value.isBlank() && !value.contains("${")) values.put(name, value.strip());
      }
      return new Options(args[0], values);
    }

    String value(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }

    Path path(String name, String fallback) {
      return Path.of(value(name, fallback));
    }

    String required(String name, String hint) {
      String value = values.get(name);
      if (value == null) throw new IllegalArgumentException("say which action: " + hint + " (--" + name + ")");
      return value;
    }
  }
}
