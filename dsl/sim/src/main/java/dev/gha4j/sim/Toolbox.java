package dev.gha4j.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The directory of fake commands put first on {@code PATH}, and the log of their calls. Commands
 * that reach the network, the cloud or a package registry are faked even when a test does not
 * script them, answering exit 0 with no output, so a simulated run never leaves the machine:
 * {@link #DEFAULT_FAKES}. {@code sleep} is always fake, so retry loops run in milliseconds and
 * their attempts can be counted. Other commands ({@code grep}, {@code sed}, {@code jq}, …) are the
 * machine's own.
 */
final class Toolbox {
  /** Faked unless the test {@code unfake}s them. */
  static final Set<String> DEFAULT_FAKES = Set.of(
      "aws", "az", "gcloud", "curl", "wget", "docker", "gh", "git", "kubectl", "helm", "terraform",
      "npm", "npx", "node", "yarn", "pnpm", "pip", "pip3", "python", "python3", "ruff", "mypy",
      "coverage", "pytest", "ssh", "scp", "psql", "trivy", "sleep");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._+-]+");

  private final Path dir;
  private final Path callsLog;
  private final Map<String, String> functions;
  private long read;
  /** The run's model states, and the {@code $GHA4J_MODEL} value that reaches them (null without models). */
  final RunModels models;
  final String modelAddress;

  private Toolbox(Path dir, Path callsLog, Map<String, String> functions, RunModels models, String modelAddress) {
    this.dir = dir;
    this.callsLog = callsLog;
    this.functions = functions;
    this.models = models;
    this.modelAddress = modelAddress;
  }

  /**
   * Writes the fakes under {@code root}: a body per scripted, modelled or faulted fake plus one
   * default body, the dispatcher, and a link to it in {@code root/fakes} per command;
   * {@code unfaked} names of the defaults stay real.
   */
  static Toolbox install(Path root, Map<String, FakeCommand> scripted, Set<String> unfaked, RunModels models,
      String modelAddress, List<Fault> faults) {
    Set<String> modeled = models.commands();
    try {
      Path dir = Files.createDirectories(root.resolve("fakes"));
      Path bodies = Files.createDirectories(root.resolve("fake-bodies"));
      Path state = Files.createDirectories(root.resolve("fake-state"));
      Files.createDirectories(state.resolve(FakeScript.SHARED));
      Path log = Files.createFile(root.resolve("calls.log"));
      Path defaultBody = Files.writeString(bodies.resolve(FakeScript.DEFAULT_BODY),
          FakeScript.body(new FakeCommand("default"), FakeScript.Modeled.NO, List.of(), log, state), StandardCharsets.UTF_8);
      Path dispatcher = Files.writeString(root.resolve("fake-dispatch"), FakeScript.dispatcher(bodies, bash()),
          StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(dispatcher, PosixFilePermissions.fromString("rwxr-xr-x"));
      Map<String, List<Fault>> faultsByCommand = new LinkedHashMap<>();
      for (Fault f : faults) {
        if (!f.site().action()) faultsByCommand.computeIfAbsent(f.site().callee(), c -> new ArrayList<>()).add(f);
      }
      Set<String> names = new TreeSet<>(scripted.keySet());
      names.addAll(modeled);
      for (String name : DEFAULT_FAKES) if (!unfaked.contains(name)) names.add(name);
      for (String name : faultsByCommand.keySet()) {
        if (!names.contains(name)) throw new IllegalArgumentException("a fault for '" + name + "', which is not faked");
      }
      Map<String, String> functions = new LinkedHashMap<>();
      for (String name : names) {
        Path body = defaultBody;
        List<Fault> own = faultsByCommand.getOrDefault(name, List.of());
        if (scripted.containsKey(name) || modeled.contains(name) || !own.isEmpty()) {
          FakeCommand rules = scripted.getOrDefault(name, new FakeCommand(name));
          body = Files.writeString(bodies.resolve(name + ".bash"),
              FakeScript.body(rules, models.modeled(name), own, log, state), StandardCharsets.UTF_8);
        }
        Files.createSymbolicLink(dir.resolve(name), dispatcher);
        functions.put("BASH_FUNC_" + name + "%%", FakeScript.exportedFunction(name, body));
      }
      return new Toolbox(dir, log, functions, models, modelAddress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fake commands under " + root, e);
    }
  }

  // An absolute shebang: `#!/usr/bin/env bash` would cost a second exec on every call.
  private static String bash() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "bash");
      if (Files.isExecutable(candidate)) return candidate.toAbsolutePath().toString();
    }
    return "/bin/bash";
  }

  /** The fakes as exported bash functions ({@code BASH_FUNC_aws%%=() {...}}), for a step's environment. */
  Map<String, String> functions() {
    return functions;
  }

  /** Checks a command name a test wants to fake. */
  static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a command name (letters, digits, . _ + -)");
    }
  }

  Path directory() {
    return dir;
  }

  /**
   * The calls logged since the last drain, made by step {@code index} ({@code name}) of {@code job}.
   * A line is the command, the call's number in the step, 1 if its output was read, then the
   * arguments, tab-separated.
   */
  List<Call> drain(String job, int index, String name) {
    try {
      byte[] all = Files.readAllBytes(callsLog);
      String fresh = new String(all, (int) read, all.length - (int) read, StandardCharsets.UTF_8);
      read = all.length;
      List<Call> calls = new ArrayList<>();
      for (String line : fresh.split("\n")) {
        if (line.isEmpty()) continue;
        String[] fields = line.split("\t", -1);
        List<String> args = new ArrayList<>();
        for (int i = 3; i < fields.length; i++) args.add(unescape(fields[i]));
        int occurrence = Math.max(1, Integer.parseInt(fields[1]));
        calls.add(new Call(CallSite.command(job, index, name, fields[0], occurrence), args, fields[2].equals("1"), ""));
      }
      return calls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) return field;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
