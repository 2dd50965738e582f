package com.financehub.pipelines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.core.ApprovalFailureReporter;

/**
 * Prints the lines that differ between the committed workflow and what the pipelines produce,
 * so a stale file shows its YAML difference right in the test output (no diff tool needed).
 */
final class UnifiedDiffReporter implements ApprovalFailureReporter {

  @Override
  public boolean report(String received, String approved) {
    try {
      List<String> want = Files.readAllLines(Path.of(approved), StandardCharsets.UTF_8);
      List<String> got = Files.readAllLines(Path.of(received), StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder("--- " + approved + " (committed)\n+++ " + received + " (from the pipelines)\n");
      int n = Math.max(want.size(), got.size());
      int shown = 0;
      for (int i = 0; i < n && shown < 60; i++) {
        String a = i < want.size() ? want.get(i) : null;
        String b = i < got.size() ? got.get(i) : null;
        if (a != null && a.equals(b)) continue;
        out.append("@@ line ").append(i + 1).append('\n');
        if (a != null) out.append("-").append(a).append('\n');
        if (b != null) out.append("+").append(b).append('\n');
        shown++;
      }
      out.append("Run `make generate` to update the committed workflows.\n");
      System.err.print(out);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
