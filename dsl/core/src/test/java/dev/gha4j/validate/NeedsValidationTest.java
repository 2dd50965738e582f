package dev.gha4j.validate;

import static dev.gha4j.validate.Fixtures.job;
import static dev.gha4j.validate.Fixtures.line;
import static dev.gha4j.validate.Fixtures.problem;
import static dev.gha4j.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Job;
import org.junit.jupiter.api.Test;

/**
 * {@code needs} between jobs. Job objects make a dangling or cyclic need hard to write; these
 * tests write one anyway: a job built but not added, or two jobs sharing an id.
 */
class NeedsValidationTest {

  @Test
  void aNeededJobMissingFromTheWorkflow() {
    Job migration = job("migration-check").build();
    int line = line(); Job backendTest = job("backend-test").needs(migration).build();
    assertThat(Validator.validate(workflow().jobs(backendTest).build())).containsExactly(problem(line,
        "job 'backend-test' needs 'migration-check', which is not in workflow 'ci'; add that job to .jobs(...)"));
  }

  @Test
  void aJobThatNeedsItself() {
    Job first = job("build").build();
    int line = line(); Job again = job("build").needs(first).build();
    assertThat(Validator.validate(workflow().jobs(again).build()))
        .containsExactly(problem(line, "job 'build' needs itself"));
  }

  @Test
  void aCycleOfTwoJobs() {
    Job firstA = job("a").build();
    Job b = job("b").needs(firstA).build();
    int line = line(); Job a = job("a").needs(b).build();
    assertThat(Validator.validate(workflow().jobs(a, b).build())).containsExactly(problem(line,
        "jobs form a cycle through needs: a -> b -> a; a job can only need jobs that run before it"));
  }

  @Test
  void aCycleOfThreeJobsIsReportedOnceAtTheJobWhereTheSearchMetIt() {
    Job firstA = job("a").build();
    Job c = job("c").needs(firstA).build();
    int line = line(); Job b = job("b").needs(c).build();
    Job a = job("a").needs(b).build();
    assertThat(Validator.validate(workflow().jobs(b, c, a).build())).containsExactly(problem(line,
        "jobs form a cycle through needs: b -> c -> a -> b; a job can only need jobs that run before it"));
  }

  @Test
  void theSameNeedTwice() {
    Job lint = job("lint").build();
    int line = line(); Job test = job("test").needs(lint, lint).build();
    assertThat(Validator.validate(workflow().jobs(lint, test).build()))
        .containsExactly(problem(line, "job 'test' needs 'lint' twice"));
  }

  @Test
  void aDuplicateJobId() {
    Job first = job("build").build();
    int line = line(); Job second = job("build").build();
    assertThat(Validator.validate(workflow().jobs(first, second).build()))
        .containsExactly(problem(line, "duplicate job id 'build' in workflow 'ci'"));
  }

  @Test
  void aDiamondOfNeedsIsFine() {
    Job lint = job("lint").build();
    Job unit = job("unit").needs(lint).build();
    Job e2e = job("e2e").needs(lint).build();
    Job deploy = job("deploy").needs(unit, e2e).build();
    assertThat(Validator.validate(workflow().jobs(lint, unit, e2e, deploy).build())).isEmpty();
  }
}
