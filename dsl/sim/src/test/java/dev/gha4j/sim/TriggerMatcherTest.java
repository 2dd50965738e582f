package dev.gha4j.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.model.Input;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import org.junit.jupiter.api.Test;

/** Trigger filters, following "Filter pattern cheat sheet" and the on.<event> filter docs. */
class TriggerMatcherTest {

  private static boolean runs(Workflow w, Event e) {
    return TriggerMatcher.decide(w, e).triggered();
  }

  private static Workflow on(Trigger... triggers) {
    return Workflow.builder("w").on(triggers).build();
  }

  @Test
  void globs() {
    assertThat(Glob.matches("releases/*", "releases/v1")).isTrue();
    assertThat(Glob.matches("releases/*", "releases/v1/hotfix")).isFalse(); // * stops at '/'
    assertThat(Glob.matches("releases/**", "releases/v1/hotfix")).isTrue();
    assertThat(Glob.matches("**/requirements*.txt", "requirements.txt")).isTrue(); // **/ may be empty
    assertThat(Glob.matches("**/requirements*.txt", "apps/backend/requirements-testing.txt")).isTrue();
    assertThat(Glob.matches("**/docs/**", "docs/hello.md")).isTrue();
    assertThat(Glob.matches("**/docs/**", "space/docs/plan/space.doc")).isTrue();
    assertThat(Glob.matches("*.js", "src/app.js")).isFalse();
    assertThat(Glob.matches("**.js", "src/app.js")).isTrue();
    // "?: Matches zero or one of the preceding character"; "+: one or more of the preceding character".
    assertThat(Glob.matches("v1.0?", "v1.0")).isTrue();
    assertThat(Glob.matches("v1.0?", "v1.")).isTrue();
    assertThat(Glob.matches("v1.0?", "v1.00")).isFalse();
    assertThat(Glob.matches("v1.0?", "v1.1")).isFalse();
    assertThat(Glob.matches("v2+", "v222")).isTrue();
    assertThat(Glob.matches("v[12].[0-9]", "v2.7")).isTrue();
    assertThat(Glob.matches("v[12].[0-9]", "v3.7")).isFalse();
    assertThat(Glob.matches("a.b", "axb")).isFalse(); // '.' is literal
  }

  @Test
  void negationIsEvaluatedInOrder() {
    // "A matching negative pattern after a positive match will exclude the ref. A matching positive
    // pattern after a negative match will include the ref again."
    var patterns = java.util.List.of("releases/**", "!releases/**-alpha", "releases/**-alpha-keep");
    assertThat(Glob.matchesList(patterns, "releases/v2")).isTrue();
    assertThat(Glob.matchesList(patterns, "releases/v2-alpha")).isFalse();
    assertThat(Glob.matchesList(patterns, "releases/v2-alpha-keep")).isTrue();
  }

  @Test
  void branchesAndBranchesIgnore() {
    Workflow w = on(Trigger.push().branches("main", "release/*"));
    assertThat(runs(w, Event.push("main"))).isTrue();
    assertThat(runs(w, Event.push("release/1.2"))).isTrue();
    assertThat(runs(w, Event.push("feature/x"))).isFalse();
    Workflow ignoring = on(Trigger.push().branchesIgnore("dependabot/**"));
    assertThat(runs(ignoring, Event.push("dependabot/pip/django-5"))).isFalse();
    assertThat(runs(ignoring, Event.push("main"))).isTrue();
    assertThat(TriggerMatcher.decide(w, Event.push("feature/x")).reason())
        .contains("branch 'feature/x' matches none of [main, release/*]");
  }

  @Test
  void tagsAndBranchesFilterOnlyTheirOwnRefs() {
    // "If you define only tags/tags-ignore or only branches/branches-ignore, the workflow won't run
    // for events affecting the undefined Git ref."
    Workflow tags = on(Trigger.push().tags("v*"));
    assertThat(runs(tags, Event.pushTag("v1.2.0"))).isTrue();
    assertThat(runs(tags, Event.pushTag("nightly"))).isFalse();
    assertThat(runs(tags, Event.push("main"))).isFalse();
    Workflow branches = on(Trigger.push().branches("main"));
    assertThat(runs(branches, Event.pushTag("v1.2.0"))).isFalse();
    Workflow unfiltered = on(Trigger.push());
    assertThat(runs(unfiltered, Event.pushTag("v1"))).isTrue();
    assertThat(runs(unfiltered, Event.push("any"))).isTrue();
  }

  @Test
  void pathsNeedOneMatchingChangedPath() {
    Workflow w = on(Trigger.pullRequest().paths("**/requirements*.txt", "**/package*.json"));
    assertThat(runs(w, Event.pullRequest("main").changing("docs/a.md", "apps/backend/requirements.txt"))).isTrue();
    assertThat(runs(w, Event.pullRequest("main").changing("docs/a.md"))).isFalse();
    assertThat(runs(w, Event.pullRequest("main"))).isFalse();
    Workflow negated = on(Trigger.push().paths("apps/**", "!apps/**/*.md"));
    assertThat(runs(negated, Event.push("main").changing("apps/x/README.md"))).isFalse();
    assertThat(runs(negated, Event.push("main").changing("apps/x/README.md", "apps/x/main.py"))).isTrue();
  }

  @Test
  void pathsIgnoreSkipsOnlyWhenEveryPathIsIgnored() {
    Workflow w = on(Trigger.push().pathsIgnore("docs/**", "**.md"));
    assertThat(runs(w, Event.push("main").changing("docs/a.txt", "README.md"))).isFalse();
    assertThat(runs(w, Event.push("main").changing("docs/a.txt", "src/x.py"))).isTrue();
  }

  @Test
  void pathFiltersAreNotEvaluatedForTags() {
    Workflow w = on(Trigger.push().tags("v*").paths("src/**"));
    assertThat(runs(w, Event.pushTag("v1").changing("docs/a.md"))).isTrue();
  }

  @Test
  void pullRequestBranchesFilterTheBaseBranchAndTypesDefault() {
    Workflow w = on(Trigger.pullRequest().branches("main"));
    assertThat(runs(w, Event.pullRequest("main"))).isTrue();
    assertThat(runs(w, Event.pullRequest("develop"))).isFalse();
    assertThat(runs(w, Event.pullRequest("main").action("synchronize"))).isTrue();
    // Default activity types: opened, synchronize, reopened.
    assertThat(runs(w, Event.pullRequest("main").action("closed"))).isFalse();
    Workflow closed = on(Trigger.pullRequest().types("closed"));
    assertThat(runs(closed, Event.pullRequest("main").action("closed"))).isTrue();
    assertThat(runs(closed, Event.pullRequest("main"))).isFalse();
  }

  @Test
  void eventWithoutTriggerDoesNotRun() {
    Workflow w = on(Trigger.push().branches("main"));
    TriggerMatcher.Decision d = TriggerMatcher.decide(w, Event.pullRequest("main"));
    assertThat(d.triggered()).isFalse();
    assertThat(d.reason()).contains("no 'pull_request' trigger");
  }

  @Test
  void scheduleDispatchAndOtherEvents() {
    Workflow w = on(Trigger.schedule("0 0 * * 0"),
        Trigger.workflowDispatch().input(Input.choice("stage", "staging", "production").required()),
        Trigger.release("published"));
    assertThat(runs(w, Event.schedule("0 0 * * 0"))).isTrue();
    assertThat(runs(w, Event.schedule("0 1 * * *"))).isFalse();
    assertThat(runs(w, Event.workflowDispatch().input("stage", "staging"))).isTrue();
    assertThat(TriggerMatcher.decide(w, Event.workflowDispatch()).reason()).contains("required input 'stage'");
    assertThat(runs(w, Event.workflowDispatch().input("stage", "qa"))).isFalse();
    assertThat(runs(w, Event.of("release", Value.dictionary(java.util.Map.of("action", "published"))))).isTrue();
    assertThat(runs(w, Event.of("release", Value.dictionary(java.util.Map.of("action", "created"))))).isFalse();
  }
}
