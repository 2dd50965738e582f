package com.financehub.pipelines;

import dev.gha4j.actions.SetupNode;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;

/** Pieces the frontend (Node 20, npm) jobs share. */
final class Frontend {
  private Frontend() {}

  static final String DIR = "apps/frontend";

  static StepSource setupNode() {
    return SetupNode.of().name("Set up Node.js")
        .nodeVersion("20")
        .cache(SetupNode.Cache.NPM)
        .cacheDependencyPath(DIR + "/package-lock.json");
  }

  static StepSource install() {
    return Step.named("Install dependencies").run("npm ci").workingDirectory(DIR);
  }
}
