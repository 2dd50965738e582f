package dev.gha4j.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small manifest directories for the generator tests. */
final class Fixtures {
  static final String DEMO = """
      action: octo/demo
      version: v1.2.3
      sha: 0123456789abcdef0123456789abcdef01234567
      class: Demo
      inputs:
        - name: script
          type: multiline
          required: true
          summary: What to run.
        - name: level
          type: enum
          values: [low, high]
          required: false
          default: "low"
        - name: paths
          type: list
          separator: "\\n"
          required: false
        - name: depth
          type: number
          required: false
          default: "1"
        - name: old-flag
          type: boolean
          required: false
          deprecated: "use depth instead"
      outputs:
        - name: result
          summary: What came out.
      """;

  private Fixtures() {}

  static Path dir(Path root, String... namesAndContents) {
    try {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        Files.writeString(root.resolve(namesAndContents[i]), namesAndContents[i + 1]);
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path demo(Path root) {
    return dir(root, "octo__demo.yml", DEMO);
  }
}
