package dev.gha4j.emit;

import dev.gha4j.source.LocatedAtCaller;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.StepSource;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;

/** Tiny workflows for emitter tests, and the parts of their YAML a test compares. */
@LocatedAtCaller
final class Render {
  private Render() {}

  /** The YAML of {@code workflow} without a header. */
  static String yaml(Workflow workflow) {
    return WorkflowYaml.render(workflow, List.of());
  }

  /** A workflow on push holding just these jobs. */
  static Workflow workflow(Job... jobs) {
    return Workflow.builder("w").on(Trigger.push()).jobs(jobs).build();
  }

  /** A job {@code build} on ubuntu-latest running {@code make}, to which a test adds keys. */
  static Job.Builder job() {
    return Job.builder("build").runsOn("ubuntu-latest");
  }

  /** Everything under {@code jobs:} for a workflow of these jobs. */
  static String jobs(Job... jobs) {
    String yaml = yaml(workflow(jobs));
    return yaml.substring(yaml.indexOf("\njobs:\n") + "\njobs:\n".length());
  }

  /** Everything under {@code steps:} of a one-job workflow with these steps. */
  static String steps(StepSource... steps) {
    String jobs = jobs(job().steps(steps).build());
    return jobs.substring(jobs.indexOf("    steps:\n") + "    steps:\n".length());
  }

  /** Everything from {@code on:} up to the blank line before {@code jobs:}. */
  static String on(Trigger... triggers) {
    String yaml = yaml(Workflow.builder("w").on(triggers).jobs(job().steps(Step.run("make")).build()).build());
    return yaml.substring(yaml.indexOf("on:\n"), yaml.indexOf("\n\njobs:\n") + 1);
  }
}
