package com.financehub.pipelines;

import dev.gha4j.generate.GenerateCommand;
import java.util.List;

/** {@code make generate}: writes generated/.github/workflows/*.yml from the Java pipelines. */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) {
    System.exit(GenerateCommand.run(args, FinanceHubWorkflows.all(), List.of(), System.out, System.err));
  }
}
