package dev.gha4j.policy.corpus;

import static dev.gha4j.policy.corpus.Scaffold.ci;
import static dev.gha4j.policy.corpus.Scaffold.job;
import static dev.gha4j.policy.corpus.Scaffold.jobBuilder;
import static dev.gha4j.policy.corpus.Scaffold.steps;

import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Matrix;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Structural mistakes the validator reports, each at the line that made it. See {@link Corpus}. */
class StructuralCorpusTest {

  @TestFactory
  Stream<DynamicTest> structural() {
    return Corpus.cases(getClass());
  }

  static Workflow danglingNeeds() {
    Job lint = job("lint", Step.run("make lint"));
    // error: job 'test' needs 'lint', which is not in workflow 'ci'; add that job to .jobs(...)
    Job test = jobBuilder("test").needs(lint).steps(Step.run("make test")).build();
    return ci(test);
  }

  static Workflow cyclicNeeds() {
    Job earlierBuild = job("build", Step.run("make"));
    Job test = jobBuilder("test").needs(earlierBuild).steps(Step.run("make test")).build();
    // error: jobs form a cycle through needs: build -> test -> build; a job can only need jobs that run before it
    Job build = jobBuilder("build").needs(test).steps(Step.run("make")).build();
    return ci(build, test);
  }

  static Workflow duplicateJobIds() {
    return ci(job("lint", Step.run("ruff check .")),
        // error: duplicate job id 'lint' in workflow 'ci'
        job("lint", Step.run("npm run lint")));
  }

  static Workflow duplicateStepIds() {
    return steps(Step.run("make").id("build"),
        // error: duplicate step id 'build' in job 'build'
        Step.run("make dist").id("build"));
  }

  static Workflow invalidIds() {
    // error: job id '1st-job' must start with a letter or '_' and contain only letters, digits, '-' and '_'
    return ci(job("1st-job",
        // error: step id 'my step' must start with a letter or '_' and contain only letters, digits, '-' and '_'
        Step.run("make").id("my step")));
  }

  static Workflow badCron() {
    return Scaffold.workflow()
        // error: cron '0 25 * * *': hour '25' is outside 0-23
        .on(Trigger.schedule("0 25 * * *"))
        .jobs(job("nightly", Step.run("make nightly"))).build();
  }

  static Workflow missingRunsOn() {
    // error: job 'build': the required key 'runs-on' is missing; fix: add .runsOn("ubuntu-latest")
    return ci(Job.builder("build").timeoutMinutes(10).steps(Step.run("make")).build());
  }

  static Workflow stepOutputOfAnotherJob() {
    Step version = Step.run("echo \"v=1\" >> \"$GITHUB_OUTPUT\"").id("version").build();
    Job build = job("build", version);
    return ci(build,
        jobBuilder("publish").needs(build).steps(
            // error: run reads steps.version, but no earlier step of job 'publish' has id 'version'
            Step.run("echo " + version.output("v"))).build());
  }

  static Workflow jobOutputWithoutNeeds() {
    Step version = Step.run("echo \"v=1\" >> \"$GITHUB_OUTPUT\"").id("version").build();
    Job build = jobBuilder("build").output("v", version.output("v")).steps(version).build();
    return ci(build,
        // error: job 'publish' reads needs.build in env.VERSION but does not need 'build'; add .needs(build) to the
        //   job
        jobBuilder("publish").env("VERSION", build.output("v")).steps(Step.run("echo \"$VERSION\"")).build());
  }

  static Workflow usesAndRun() {
    return steps(
        // error: run: 'run' cannot be used together with 'uses'; fix: a step either runs a script (.run, .shell,
        //   .workingDirectory) or uses an action (.uses, .with); give it one of those, not both
        Step.uses(Scaffold.CHECKOUT).with("persist-credentials", false).run("git log -1"));
  }

  static Workflow emptyJobAndStep() {
    return ci(
        // error: job 'nothing' has no steps
        job("nothing"),
        // error: step 1 of job 'blank': GitHub cannot tell what kind of step this is: it has none of run, shell,
        //   uses, with, working-directory; fix: a step either runs a script (.run, .shell, .workingDirectory) or uses
        //   an action (.uses, .with); give it one of those, not both
        job("blank", Step.named("To do")));
  }

  static Workflow undefinedMatrixAxis() {
    return ci(jobBuilder("test").matrix(Matrix.axis("python", "3.11", "3.12"))
        .steps(
            // error: run reads matrix.pyhton, but the matrix of job 'test' defines only [python]
            Step.run("tox -e py" + Expr.matrix("pyhton"))).build());
  }

  static Workflow outputOfStepWithoutId() {
    // error: step 'echo "v=1" >> "$GITHUB_OUTPUT"' has outputs used but no id: call .id("...") on it
    Step version = Step.run("echo \"v=1\" >> \"$GITHUB_OUTPUT\"").build();
    return steps(version, Step.run("echo " + version.output("v")));
  }
}
