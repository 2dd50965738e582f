package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.DisplayPath;
import dev.gha4j.codegen.ManifestReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command behind {@code make import}: turns workflow YAML files into gha4j Java classes.
 *
 * <pre>
 * ImportCommand --from FILE|DIR [--to DIR] [--package NAME] [--manifests DIR] [--force]
 * </pre>
 *
 * <p>{@code --from} is one workflow file or a directory of them ({@code *.yml}, {@code *.yaml}).
 * {@code --to} is a source root ({@code pipelines/src/main/java}, the default), where the classes go
 * to package {@code com.financehub.pipelines.imported}, or a package directory below a {@code java}
 * source root, whose package it names. {@code --package} overrides the package. An existing Java
 * file is never overwritten without {@code --force}. Typed action bindings are used where the
 * manifests in {@code --manifests} (default {@code dsl/actions/src/main/actions}) pin the same commit.
 *
 * <p>Prints one line per file and exits with 0, or 1 when some file could not be imported.
 */
public final class ImportCommand {
  static final String DEFAULT_TO = "pipelines/src/main/java";
  static final String DEFAULT_PACKAGE = "com.financehub.pipelines.imported";
  static final String DEFAULT_MANIFESTS = "dsl/actions/src/main/actions";
  private static final String USAGE =
      "usage: import --from FILE|DIR [--to DIR] [--package NAME] [--manifests DIR] [--force]";

  private ImportCommand() {}

  /** {@code make import}: runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code (0 all imported or skipped, 1 some failed, 2 usage or I/O). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      List<Path> files = workflowFiles(o.from());
      if (files.isEmpty()) {
        err.println("no workflow files (*.yml, *.yaml) in " + o.from());
        return 2;
      }
      Bindings bindings = bindings(o.manifests(), err);
      Target target = Target.of(o.to(), o.packageName());
      Importer importer = new Importer(bindings, target.packageName());
      Counts counts = new Counts();
      Set<String> classes = new HashSet<>();
      for (Path file : files) importOne(importer, file, target, o.force(), classes, counts, out, err);
      if (counts.written > 0) {
        out.println("Add the new classes to your list of workflow sources, then run `make generate`.");
      }
      return counts.failed == 0 ? 0 : 1;
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  /** Files written and files that failed. */
  private static final class Counts {
    int written;
    int failed;
  }

  private static void importOne(Importer importer, Path file, Target target, boolean force, Set<String> classes,
      Counts counts, PrintStream out, PrintStream err) throws IOException {
    String name = file.getFileName().toString();
    Importer.Imported imported;
    try {
      imported = importer.importWorkflow(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (ImportException e) {
      err.println("failed " + name + ": " + e.getMessage());
      counts.failed++;
      return;
    }
    if (!classes.add(imported.className())) {
      err.println("failed " + name + ": another file here also becomes " + imported.className() + "; import it alone");
      counts.failed++;
      return;
    }
    Path java = target.dir().resolve(imported.className() + ".java");
    if (Files.exists(java) && !force) {
      out.println("skipped " + name + " -> " + DisplayPath.of(java) + " (exists; FORCE=1 to overwrite)");
      return;
    }
    Files.createDirectories(java.getParent());
    Files.writeString(java, imported.source(), StandardCharsets.UTF_8);
    counts.written++;
    out.println("imported " + name + " -> " + DisplayPath.of(java));
    if (name.endsWith(".yaml")) {
      out.println("  note: gha4j will generate it as " + name.replaceFirst("\\.yaml$", ".yml"));
    }
    for (String warning : imported.warnings()) out.println("  check: " + warning);
  }

  static List<Path> workflowFiles(Path from) throws IOException {
    if (!Files.exists(from)) throw new IOException(from + " does not exist");
    if (!Files.isDirectory(from)) return List.of(from);
    try (Stream<Path> list = Files.list(from)) {
      return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Bindings bindings(Path manifests, PrintStream err) {
    if (!Files.isDirectory(manifests)) {
      err.println("note: no action manifests at " + manifests + "; every action step stays Step.uses(\"...\")");
      return Bindings.none();
    }
    return Bindings.of(ManifestReader.read(manifests));
  }

  /** Where the classes go: a package directory and its package name. */
  record Target(Path dir, String packageName) {
    /**
     * {@code to} is a source root, or a package directory below a directory named {@code java};
     * an explicit package wins.
     */
    static Target of(Path to, String explicitPackage) {
      List<String> segments = new ArrayList<>();
      for (Path p : to.normalize()) segments.add(p.toString());
      int java = segments.lastIndexOf("java");
      boolean packageDir = java >= 0 && java < segments.size() - 1;
      String pkg = explicitPackage != null ? explicitPackage
          : packageDir ? String.join(".", segments.subList(java + 1, segments.size())) : DEFAULT_PACKAGE;
      if (!pkg.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
        throw new IllegalArgumentException("'" + pkg + "' is not a package name; pass --package");
      }
      Path root = packageDir ? rootOf(to, segments.size() - java - 1) : to;
      return new Target(root.resolve(pkg.replace('.', '/')), pkg);
    }

    private static Path rootOf(Path packageDir, int depth) {
      Path root = packageDir.normalize();
      for (int i = 0; i < depth; i++) root = root.getParent();
      return root;
    }
  }

  /** Parsed arguments. */
  record Options(Path from, Path to, String packageName, Path manifests, boolean force) {
    static Options parse(String[] args) {
      Path from = null;
      Path to = Path.of(DEFAULT_TO);
      String pkg = null;
      Path manifests = Path.of(DEFAULT_MANIFESTS);
      boolean force = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--from" -> from = Path.of(value(args, ++i, "--from"));
          case "--to" -> to = Path.of(value(args, ++i, "--to"));
          case "--package" -> pkg = value(args, ++i, "--package");
          case "--manifests" -> manifests = Path.of(value(args, ++i, "--manifests"));
          case "--force" -> force = true;
          default -> {
            // --force=<flag> lets a build tool pass FORCE through as one argument, set or not.
            if (!args[i].startsWith("--force=")) throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            force = Set.of("1", "true", "yes").contains(args[i].substring("--force=".length()));
          }
        }
      }
      if (from == null || from.toString().contains("${")) {
        throw new IllegalArgumentException("say which workflows to import: make import FROM=<file or dir>"
            + " (Maven: -Dimport.from=<file or dir>)");
      }
      return new Options(from, to, pkg, manifests, force);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].isBlank()) throw new IllegalArgumentException(option + " needs a value");
      return args[i];
    }
  }
}
