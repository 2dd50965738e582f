package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.DisplayPath;
import dev.gha4j.codegen.ManifestReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command behind {@code make import}: turns workflow YAML files into gha4j Java classes.
 *
 * <pre>
 * ImportCommand --from FILE|DIR [--to DIR] [--package NAME] [--manifests DIR] [--force] [--strict]
 * </pre>
 *
 * <p>{@code --from} is one workflow file or a directory of them ({@code *.yml}, {@code *.yaml}).
 * {@code --to} is a source root (default {@code src/main/java} of the working directory), where
 * the classes go to package {@code <groupId>.workflows} of the nearest {@code pom.xml} (or
 * {@code workflows}), or a package directory below a {@code java} source root, whose package it
 * names; {@code --package} overrides the package (see {@link ImportTarget}). An existing Java file
 * is never overwritten without {@code --force}. Typed action bindings are used where the manifests
 * in {@code --manifests} (default {@code dsl/actions/src/main/actions}) pin the same commit.
 *
 * <p>By default each class carries the migration baseline: an {@code .allow(Rule.X, "imported:
 * existed before migration")} for each policy rule the workflow breaks, so that {@code make
 * generate} writes it at once; {@code --strict} imports without them. Options also take the form
 * {@code --name=value} (an empty value meaning the default), so that a build tool can pass a
 * property whether it is set or not.
 *
 * <p>Prints one line per file ({@code imported}, {@code skipped} or {@code failed <file>:<line>:
 * reason}) and goes on to the next whatever happened; exits with 0, or 1 when some file failed.
 */
public final class ImportCommand {
  private static final String USAGE =
      "usage: import --from FILE|DIR [--to DIR] [--package NAME] [--manifests DIR] [--force] [--strict]";

  private ImportCommand() {}

  /**
   * {@code make import}: runs the command and exits with its code.
   *
   * @param args the options (see the class comment)
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command without exiting, so that a test or a build tool can call it.
   *
   * @param args the options (see the class comment)
   * @param out  where the line per file and the summary are printed
   * @param err  where usage errors, I/O errors and notes about the manifests are printed
   * @return the exit code: 0 every file imported or skipped, 1 some file failed, 2 nothing to import
   *     (a usage error, {@code --from} missing or without workflow files, no package for the target);
   *     nothing was written then
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ImportOptions o;
    try {
      o = ImportOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    List<Path> files;
    ImportTarget target;
    try {
      files = workflowFiles(o.from());
      target = ImportTarget.of(o.to(), o.packageName());
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (files.isEmpty()) {
      err.println("no workflow files (*.yml, *.yaml) in " + o.from());
      return 2;
    }
    Importer importer = new Importer(bindings(o.manifests(), err), target.packageName());
    Batch batch = new Batch(o.strict() ? importer : importer.withBaseline(), target, o.force(), out);
    for (Path file : files) batch.importOne(file);
    return batch.finish();
  }

  /** One run over the files: what was written, skipped and refused, and the class names taken. */
  private static final class Batch {
    private final Importer importer;
    private final ImportTarget target;
    private final boolean force;
    private final PrintStream out;
    private final Set<String> classes = new HashSet<>();
    private int written;
    private int skipped;
    private int failed;
    private int allowances;

    Batch(Importer importer, ImportTarget target, boolean force, PrintStream out) {
      this.importer = importer;
      this.target = target;
      this.force = force;
      this.out = out;
    }

    /** Imports one file and prints its line; a failure is counted, never thrown. */
    void importOne(Path file) {
      String name = file.getFileName().toString();
      try {
        Importer.Imported imported = importer.importWorkflow(name, Files.readString(file, StandardCharsets.UTF_8));
        write(name, imported);
      } catch (ImportException e) {
        fail(name + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
      } catch (IOException e) {
        fail(name + ": cannot read or write: " + e.getMessage());
      } catch (RuntimeException e) {
        // A bug of gha4j's must not stop the other files; the message is for the bug report.
        fail(name + ": gha4j could not import this file (" + e + "); please report it with the file");
      }
    }

    private void write(String name, Importer.Imported imported) throws IOException {
      if (!classes.add(imported.className())) {
        fail(name + ": another file here also becomes " + imported.className() + "; import it alone");
        return;
      }
      Path java = target.dir().resolve(imported.className() + ".java");
      if (Files.exists(java) && !force) {
        skipped++;
        out.println("skipped " + name + " -> " + DisplayPath.of(java) + " (exists; FORCE=1 to overwrite)");
        return;
      }
      Files.createDirectories(java.getParent());
      Files.writeString(java, imported.source(), StandardCharsets.UTF_8);
      written++;
      allowances += imported.baselineAllowances();
      int n = imported.baselineAllowances();
      out.println("imported " + name + " -> " + DisplayPath.of(java)
          + (n == 0 ? "" : " (" + n + (n == 1 ? " imported allowance" : " imported allowances") + ")"));
      for (String check : imported.checks()) out.println("  check: " + check);
    }

    private void fail(String line) {
      failed++;
      out.println("failed " + line);
    }

    int finish() {
      out.println(written + " imported, " + skipped + " skipped, " + failed + " failed.");
      if (allowances > 0) {
        out.println(allowances + " policy findings are allowed as `imported: existed before migration`;"
            + " fix them one by one and remove each allowance (STRICT=1 imports without them).");
      }
      if (written > 0) out.println("Add the new classes to your list of workflow sources, then run `make generate`.");
      return failed == 0 ? 0 : 1;
    }
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
    try {
      return Bindings.of(ManifestReader.read(manifests));
    } catch (RuntimeException e) {
      err.println("note: cannot read the action manifests at " + manifests + " (" + e.getMessage()
          + "); every action step stays Step.uses(\"...\")");
      return Bindings.none();
    }
  }
}
