package com.financehub.pipelines;

import dev.gha4j.generator.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.core.ApprovalFailureReporter;

/**
 * Prints a unified diff from the committed workflow to what the pipelines produce, so a stale
 * file shows exactly the lines that changed right in the test output (no diff tool needed). The
 * diff is the one {@code mvn gha4j:check} prints.
 */
final class UnifiedDiffReporter implements ApprovalFailureReporter {

  @Override
  public boolean report(String received, String approved) {
    try {
      String committed = Files.readString(Path.of(approved), StandardCharsets.UTF_8);
      String generated = Files.readString(Path.of(received), StandardCharsets.UTF_8);
      System.err.print(UnifiedDiff.of(approved + " (committed)", committed, received + " (from the pipelines)", generated));
      System.err.println("Run `" + Generated.COMMAND + "` to update the committed workflows.");
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
