package dev.gha4j.generate;

import dev.gha4j.api.WorkflowSource;
import dev.gha4j.api.WorkflowCheck;

import dev.gha4j.api.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The command behind {@code make generate}: builds every workflow, and only if all are valid,
 * updates the output directory, printing {@code updated ci.yml}, {@code unchanged deploy.yml},
 * {@code removed old.yml}. On any problem it prints them all, javac-style, and writes nothing.
 * Warnings ({@code File.java:LINE: warning: ...}) are printed first and do not stop it.
 *
 * <p>Arguments: {@code [--out DIR]} (default {@code generated/.github/workflows}).
 */
public final class GenerateCommand {
  private GenerateCommand() {}

  /** Runs the command; returns the process exit code (0 success, 1 problems, 2 usage or I/O error). */
  public static int run(String[] args, List<? extends WorkflowSource> sources, List<WorkflowCheck> checks,
      PrintStream out, PrintStream err) {
    Path dir = Path.of("generated", ".github", "workflows");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) dir = Path.of(args[++i]);
      else {
        err.println("usage: generate [--out DIR]");
        return 2;
      }
    }
    Generation generation = Generation.of(sources, checks);
    for (Problem w : generation.warnings()) err.println(w.location() + ": warning: " + w.message());
    if (!generation.problems().isEmpty()) {
      for (Problem p : generation.problems()) err.println(p);
      int n = generation.problems().size();
      err.println(n + (n == 1 ? " problem" : " problems") + "; no file was written.");
      return 1;
    }
    try {
      for (OutputDirectory.Change change : new OutputDirectory(dir).apply(generation.files())) out.println(change);
      int imported = generation.importedAllowances();
      if (imported > 0) {
        out.println(imported + (imported == 1 ? " imported allowance remains" : " imported allowances remain")
            + " (see .allow(..., \"imported: ...\") in the pipelines)");
      }
      return 0;
    } catch (IOException e) {
      err.println("error: " + e.getMessage() + "; no file was changed.");
      return 2;
    }
  }
}
