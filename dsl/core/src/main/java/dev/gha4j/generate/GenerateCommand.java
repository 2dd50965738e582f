package dev.gha4j.generate;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.api.WorkflowCheck;

import dev.gha4j.api.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command behind {@code make generate}: builds every workflow, and only if all are valid,
 * updates the output directory, printing {@code updated ci.yml}, {@code unchanged deploy.yml},
 * {@code removed old.yml}. On any problem it prints them all, javac-style, and writes nothing.
 * Warnings ({@code File.java:LINE: warning: ...}) are printed first and do not stop it.
 *
 * <p>Arguments: {@code [--out DIR] [--graphs DIR] [--regenerate-command TEXT]}: the workflows go to
 * {@code --out} (default {@code generated/.github/workflows}); with {@code --graphs}, the
 * {@link DerivedFiles} given (the job graphs) go there after them; the header of each file tells
 * the reader to run {@code --regenerate-command} after changing the Java (default
 * {@value Header#DEFAULT_COMMAND}; see {@link Header}).
 */
public final class GenerateCommand {
  private GenerateCommand() {}

  /**
   * Runs the command without job graphs ({@code --graphs} is then ignored).
   *
   * @param args    the command line: {@code [--out DIR] [--graphs DIR] [--regenerate-command TEXT]};
   *                anything else prints the usage and returns 2
   * @param sources the pipelines, one workflow each; one that throws becomes a problem at its line
   * @param checks  run on every workflow after the structural validator, e.g.
   *                {@code Policies.standard()}; empty for structural validation only
   * @param out     receives one line per file ({@code updated ci.yml}, {@code unchanged deploy.yml}, ...)
   *                and a reminder of the imported allowances left, if any
   * @param err     receives warnings, problems, the usage and I/O errors
   * @return the process exit code: 0 written (warnings may have been printed), 1 problems and
   *         nothing written, 2 usage or I/O error
   */
  public static int run(String[] args, List<? extends WorkflowSource> sources, List<WorkflowCheck> checks,
      PrintStream out, PrintStream err) {
    return run(args, sources, checks, null, out, err);
  }

  /**
   * Runs the command, writing {@code graphs} of the workflows to the directory of {@code --graphs}
   * when both are given, after the workflows.
   *
   * @param args    the command line, as {@link #run(String[], List, List, PrintStream, PrintStream)}
   * @param sources the pipelines, one workflow each
   * @param checks  run on every workflow after the structural validator; may be empty
   * @param graphs  makes the files kept next to the workflows, e.g. the job graphs; null for none.
   *                An {@link IllegalArgumentException} from it is printed and nothing is written
   * @param out     receives one line per file changed or checked
   * @param err     receives warnings, problems, the usage and I/O errors
   * @return 0 written, 1 problems (nothing written), 2 usage or I/O error
   */
  public static int run(String[] args, List<? extends WorkflowSource> sources, List<WorkflowCheck> checks,
      DerivedFiles graphs, PrintStream out, PrintStream err) {
    Path dir = Path.of("generated", ".github", "workflows");
    Path graphDir = null;
    String command = Header.DEFAULT_COMMAND;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) dir = Path.of(args[++i]);
      else if (args[i].equals("--graphs") && i + 1 < args.length) graphDir = Path.of(args[++i]);
      else if (args[i].equals("--regenerate-command") && i + 1 < args.length) command = args[++i];
      else {
        err.println("usage: generate [--out DIR] [--graphs DIR] [--regenerate-command TEXT]");
        return 2;
      }
    }
    Generation generation = Generation.of(sources, checks, command);
    for (Problem w : generation.warnings()) err.println(w.location() + ": warning: " + w.message());
    if (!generation.problems().isEmpty()) {
      for (Problem p : generation.problems()) err.println(p);
      int n = generation.problems().size();
      err.println(n + (n == 1 ? " problem" : " problems") + "; no file was written.");
      return 1;
    }
    Map<String, String> derived;
    try {
      derived = graphs == null || graphDir == null ? null : graphs.from(generation.files());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "; no file was written.");
      return 1;
    }
    try {
      for (OutputDirectory.Change change : write(generation.files(), dir, derived, graphDir)) out.println(change);
      int imported = generation.importedAllowances();
      if (imported > 0) {
        out.println(imported + (imported == 1 ? " imported allowance remains" : " imported allowances remain")
            + " (see .allow(..., \"imported: ...\") in the pipelines)");
      }
      return 0;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Writes the workflows, then the files made from them; each directory all or nothing, with
   * {@link OutputDirectory}. The message of a failure says which directory was left as it was.
   *
   * @param workflows  workflow file name to YAML text
   * @param dir        where the workflows go
   * @param derived    file name to text of the files made from them (the graphs), or null for none
   * @param derivedDir where those go
   * @return the changes, workflows first
   * @throws IOException when a directory cannot be brought in line
   */
  public static List<OutputDirectory.Change> write(Map<String, String> workflows, Path dir,
      Map<String, String> derived, Path derivedDir) throws IOException {
    List<OutputDirectory.Change> changes;
    try {
      changes = new ArrayList<>(new OutputDirectory(dir).apply(workflows));
    } catch (IOException e) {
      throw new IOException(e.getMessage() + "; no file was changed.", e);
    }
    if (derived == null) return changes;
    try {
      changes.addAll(new OutputDirectory(derivedDir).apply(derived));
    } catch (IOException e) {
      throw new IOException(e.getMessage() + "; the workflows were written, " + derivedDir
          + " was left as it was: run `make generate` again.", e);
    }
    return changes;
  }
}
