package dev.gha4j.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code make review} in a throwaway git repository: the committed base against the working tree. */
class ReviewCommandTest {
  static final String CI = "on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
      + "    timeout-minutes: 10\n    steps:\n      - run: make\n";

  @TempDir
  Path repo;
  Path workflows;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void commitTheBase() throws Exception {
    workflows = Files.createDirectories(repo.resolve("generated/.github/workflows"));
    Files.writeString(workflows.resolve("ci.yml"), CI);
    Files.writeString(workflows.resolve("old.yml"), "on: push\njobs: {}\n");
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    git("checkout", "-q", "-b", "feature");
  }

  int review(String... args) {
    out.reset();
    err.reset();
    return ReviewCommand.run(args, repo, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void comparesTheMergeBaseWithMainAgainstTheWorkingTree() throws Exception {
    Files.writeString(workflows.resolve("ci.yml"), CI.replace("contents: read", "contents: write")
        .replace("timeout-minutes: 10", "timeout-minutes: 15"));
    Files.delete(workflows.resolve("old.yml"));
    String base = git("rev-parse", "--short=7", "HEAD").strip();

    assertThat(review()).isZero();

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        ## Workflow changes

        Compared `generated/.github/workflows` at `main` (merge base %s) with the working tree. \
        **1 change needs a security reviewer** (marked **[security]**).

        ### `ci.yml`

        - **[security]** permissions widened: `contents` read → write in job `build`
        - timeout of job `build` changed: `10` → `15`

        ### `old.yml`

        - workflow removed: it no longer runs
        """.formatted(base));
  }

  @Test
  void aNamedBaseAndAFormattingOnlyChange() throws Exception {
    Files.writeString(workflows.resolve("ci.yml"), CI.replace("runs-on: ubuntu-latest", "runs-on: 'ubuntu-latest'"));
    git("commit", "-q", "-am", "requote");
    git("tag", "v1");
    assertThat(review("--base", "main")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no semantic change in 2 workflows");
    assertThat(review("--base", "v1")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no semantic change in 2 workflows");
  }

  @Test
  void aBaseGitDoesNotKnowIsAClearError() {
    assertThat(review("--base", "no-such-branch")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: git rev-parse --verify --quiet no-such-branch^{commit} failed");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void withoutMainItAsksForABase() throws Exception {
    git("branch", "-q", "-m", "main", "trunk");
    assertThat(review()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: cannot find where HEAD left `main` (git merge-base")
        .contains("name the commit to compare with: make review BASE=<git ref>");
  }

  @Test
  void wrongArgumentsPrintUsage() {
    assertThat(review("--bse", "main")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(ReviewCommand.USAGE);
    assertThat(review("--dir", "nowhere")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("error: nowhere is not a directory; run `make generate` first, or pass --dir");
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
    return output;
  }
}
