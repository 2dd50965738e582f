package dev.gha4j.codegen.manifests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code uses: owner/repo@<sha> # vX.Y.Z} lines of workflow files. Read as text, line by line,
 * because the version lives in the comment, which a YAML parser drops; the form is the one gha4j
 * writes and Dependabot and Renovate keep when they bump.
 *
 * @param file    the workflow file's name
 * @param line    the line number, from 1
 * @param action  {@code owner/repo[/path]}
 * @param sha     the pinned commit
 * @param version the tag in the comment
 */
public record PinnedUses(String file, int line, String action, String sha, String version) {
  private static final Pattern USES = Pattern.compile(
      "^\\s*(?:-\\s+)?uses:\\s*['\"]?([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@([0-9a-f]{40})['\"]?\\s+#\\s*(\\S+)");

  /** {@return the file and line, as {@code ci.yml:12}} */
  public String where() {
    return file + ":" + line;
  }

  /**
   * Every such line in the {@code *.yml} and {@code *.yaml} files of a directory.
   *
   * @param dir the directory
   * @return the lines, by file and line
   * @throws ActionsException when the directory cannot be read
   */
  public static List<PinnedUses> in(Path dir) {
    List<PinnedUses> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(PinnedUses::isWorkflow).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = USES.matcher(lines.get(i));
          if (m.find()) {
            found.add(new PinnedUses(file.getFileName().toString(), i + 1, m.group(1), m.group(2), m.group(3)));
          }
        }
      }
    } catch (IOException e) {
      throw new ActionsException("cannot read the workflows in " + dir + ": " + e);
    }
    return found;
  }

  private static boolean isWorkflow(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }
}
