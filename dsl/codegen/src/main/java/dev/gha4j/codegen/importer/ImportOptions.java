package dev.gha4j.codegen.importer;

import java.nio.file.Path;
import java.util.Set;

/**
 * The arguments of {@link ImportCommand}. Each option is {@code --name value} or {@code
 * --name=value}; in the second form an empty value means the default, and the flags take
 * {@code 1}, {@code true} or {@code yes} for on, so that a build tool can pass them set or not.
 *
 * @param from        the workflow file or directory
 * @param to          the source root or package directory ({@code src/main/java} by default)
 * @param packageName the package, or null to derive it ({@link ImportTarget})
 * @param manifests   the action manifests for typed bindings
 * @param force       overwrite existing classes
 * @param strict      no migration baseline
 */
record ImportOptions(Path from, Path to, String packageName, Path manifests, boolean force, boolean strict) {
  static final String DEFAULT_TO = "src/main/java";
  static final String DEFAULT_MANIFESTS = "dsl/actions/src/main/actions";
  private static final Set<String> ON = Set.of("1", "true", "yes");
  private static final Set<String> KNOWN = Set.of("--from", "--to", "--package", "--manifests", "--force", "--strict");

  static ImportOptions parse(String[] args) {
    Path from = null;
    Path to = Path.of(DEFAULT_TO);
    String pkg = null;
    Path manifests = Path.of(DEFAULT_MANIFESTS);
    boolean force = false;
    boolean strict = false;
    for (int i = 0; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      boolean joined = args[i].startsWith("--") && eq > 0;
      String name = joined ? args[i].substring(0, eq) : args[i];
      if (!KNOWN.contains(name)) throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      boolean flag = name.equals("--force") || name.equals("--strict");
      String value = joined ? args[i].substring(eq + 1) : flag ? "1" : value(args, ++i, name);
      if (value.isEmpty()) continue;
      switch (name) {
        case "--from" -> from = Path.of(value);
        case "--to" -> to = Path.of(value);
        case "--package" -> pkg = value;
        case "--manifests" -> manifests = Path.of(value);
        case "--force" -> force = ON.contains(value);
        default -> strict = ON.contains(value);
      }
    }
    if (from == null || from.toString().contains("${")) {
      throw new IllegalArgumentException("say which workflows to import: make import FROM=<file or dir>"
          + " (Maven: -Dimport.from=<file or dir>)");
    }
    return new ImportOptions(from, to, pkg, manifests, force, strict);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].isBlank()) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }
}
