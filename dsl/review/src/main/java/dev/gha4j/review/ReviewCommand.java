package dev.gha4j.review;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code make review [BASE=<git ref>]}: prints a {@link Review} of the workflows committed at BASE
 * (default: the merge base of HEAD and {@code main}) against the working tree, as Markdown for a
 * pull request comment.
 *
 * <p>Arguments: {@code [--base REF] [--dir DIR]} ({@code DIR} default
 * {@code generated/.github/workflows}). Exits 0 after printing the summary, 2 when git cannot
 * answer or the arguments are wrong.
 */
public final class ReviewCommand {
  static final String USAGE = "usage: review [--base <git ref>] [--dir <workflow directory>]";

  private ReviewCommand() {}

  /**
   * Runs in the current directory and exits with {@link #run}'s status.
   *
   * @param args {@code [--base REF] [--dir DIR]}
   */
  public static void main(String[] args) {
    System.exit(run(args, Path.of("").toAbsolutePath(), System.out, System.err));
  }

  /** Runs in {@code cwd}; returns the exit status. */
  static int run(String[] args, Path cwd, PrintStream out, PrintStream err) {
    String ref = null;
    Path dir = Path.of("generated", ".github", "workflows");
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length || args[i + 1].isBlank()) return usage(err);
      switch (args[i]) {
        case "--base" -> ref = args[i + 1];
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> {
          return usage(err);
        }
      }
    }
    Path workflows = cwd.resolve(dir).normalize();
    if (!Files.isDirectory(workflows)) {
      err.println("error: " + dir + " is not a directory; run `make generate` first, or pass --dir");
      return 2;
    }
    try {
      Git git = Git.at(workflows);
      String base = ref == null ? mergeBaseWithMain(git) : git.commit(ref);
      String shortBase = base.substring(0, Math.min(7, base.length()));
      String baseName = ref == null ? "`main` (merge base " + shortBase + ")"
          : Markdown.code(ref) + (ref.startsWith(shortBase) ? "" : " (" + shortBase + ")");
      String inRepo = git.root().toRealPath().relativize(workflows.toRealPath()).toString().replace('\\', '/');
      Review review = Review.of(git.workflowsAt(base, inRepo), workingTree(workflows));
      out.print(review.markdown(Markdown.code(inRepo) + " at " + baseName + " with the working tree"));
      return 0;
    } catch (Git.Failure e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: cannot read " + dir + ": " + e.getMessage());
      return 2;
    }
  }

  private static String mergeBaseWithMain(Git git) throws Git.Failure {
    try {
      return git.mergeBase("HEAD", "main");
    } catch (Git.Failure e) {
      throw new Git.Failure("cannot find where HEAD left `main` (" + e.getMessage()
          + "); name the commit to compare with: make review BASE=<git ref>");
    }
  }

  private static Map<String, String> workingTree(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.{yml,yaml}")) {
      for (Path p : entries) {
        if (Files.isRegularFile(p)) files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static int usage(PrintStream err) {
    err.println(USAGE);
    return 2;
  }
}
