package com.financehub.pipelines;

import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;

/** Pieces the frontend (Node 20, npm) jobs share. */
final class Frontend {
  private Frontend() {}

  static final String DIR = "apps/frontend";

  static StepSource setupNode() {
    return Step.uses(Pinned.SETUP_NODE).name("Set up Node.js")
        .with("node-version", "20")
        .with("cache", "npm")
        .with("cache-dependency-path", DIR + "/package-lock.json");
  }

  static StepSource install() {
    return Step.named("Install dependencies").run("npm ci").workingDirectory(DIR);
  }
}
