package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.RefTrigger;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link Rule#CACHE_POISONING}: a cache restored in a job that publishes (a workflow run for tags,
 * releases or release branches, or a job with a publishing action). GitHub's cache is shared by
 * every workflow of the repository: a pull request's run can save an entry that the release then
 * restores, so a poisoned dependency ends up in what is published.
 */
final class CacheChecks {
  /** How an action's caching is switched: which input, and whether it caches when the input is absent. */
  private record Cache(String input, boolean byDefault, List<String> enabling) {
    static Cache always() { return new Cache(null, true, List.of()); }
    static Cache optIn(String input) { return new Cache(input, false, List.of()); }
    static Cache optOut(String input) { return new Cache(input, true, List.of()); }
    static Cache optIn(String input, String... values) { return new Cache(input, false, List.of(values)); }
  }

  // From each action's action.yml: the input that turns its cache on or off, and its default.
  private static final Map<String, Cache> CACHING = Map.ofEntries(
      Map.entry("actions/cache", new Cache("lookup-only", true, List.of("false"))),
      Map.entry("actions/setup-java", Cache.optIn("cache")),
      Map.entry("actions/setup-go", Cache.optOut("cache")),
      Map.entry("actions/setup-python", Cache.optIn("cache")),
      Map.entry("actions/setup-dotnet", Cache.optIn("cache")),
      Map.entry("swatinem/rust-cache", new Cache("lookup-only", true, List.of("false"))),
      Map.entry("ruby/setup-ruby", Cache.optIn("bundler-cache", "true")),
      Map.entry("pyo3/maturin-action", Cache.optIn("sccache")),
      Map.entry("mlugg/setup-zig", Cache.optOut("use-cache")),
      Map.entry("oven-sh/setup-bun", new Cache("no-cache", true, List.of("false"))),
      Map.entry("determinatesystems/magic-nix-cache-action", Cache.optOut("use-gha-cache")),
      Map.entry("graalvm/setup-graalvm", Cache.optIn("cache")),
      Map.entry("gradle/actions/setup-gradle", new Cache("cache-disabled", true, List.of("false"))),
      Map.entry("actions-rust-lang/setup-rust-toolchain", Cache.optOut("cache")),
      Map.entry("jdx/mise-action", Cache.optOut("cache")),
      Map.entry("ramsey/composer-install", new Cache("ignore-cache", true, List.of("false", "no", "0"))),
      Map.entry("mozilla-actions/sccache-action", Cache.always()),
      Map.entry("nix-community/cache-nix-action", Cache.always()),
      Map.entry("awalsh128/cache-apt-pkgs-action", Cache.always()));

  // Actions that publish: a job with one of them is a release job whatever its triggers.
  private static final List<String> PUBLISHERS = List.of("pypa/gh-action-pypi-publish", "rubygems/release-gem",
      "jreleaser/release-action", "goreleaser/goreleaser-action", "softprops/action-gh-release",
      "release-drafter/release-drafter", "googleapis/release-please-action", "redhat-actions/push-to-registry",
      "aws-actions/amazon-ecs-deploy-task-definition", "aws-actions/aws-cloudformation-github-deploy",
      "azure/aci-deploy", "azure/container-apps-deploy-action", "azure/functions-action", "azure/sql-action",
      "cloudflare/wrangler-action", "google-github-actions/deploy-appengine", "google-github-actions/deploy-cloudrun",
      "google-github-actions/deploy-cloud-functions", "ncipollo/release-action");

  private CacheChecks() {}

  static void cachePoisoning(StepView v, Reporter out) {
    ActionUse use = v.use();
    if (use == null || !caches(use, v.step())) return;
    String why = releaseTrigger(v.workflow());
    if (why == null) {
      Step publisher = publisher(v.job());
      if (publisher == null) return;
      why = "job '" + v.job().id() + "' publishes with " + ActionUse.of(publisher).repository();
    }
    out.step(v.job(), v.step(), use.repository() + " restores GitHub's cache, which any workflow of the repository "
            + "(a pull request's too) can have written, and " + why + ", so a poisoned cache ends up in the release",
        "turn the cache off in publishing jobs (" + switchOff(use) + "), or build the release in a job without caches");
  }

  private static boolean caches(ActionUse use, Step step) {
    String name = use.repository().toLowerCase(Locale.ROOT);
    if (name.equals("actions/setup-node")) {
      return enabled(step.with().get("cache"), false, List.of())
          || enabled(step.with().get("package-manager-cache"), true, List.of());
    }
    if (name.equals("astral-sh/setup-uv")) {
      Scalar value = step.with().get("enable-cache");
      boolean v10 = major(use) >= 10;
      if (value == null || value.text().equals("auto")) return !v10;
      return enabled(value, false, List.of());
    }
    if (name.equals("docker/setup-buildx-action")) {
      return step.with().containsKey("version") && enabled(step.with().get("cache-binary"), true, List.of());
    }
    Cache cache = CACHING.get(name);
    if (cache == null) return false;
    if (cache.input() == null) return true;
    return enabled(step.with().get(cache.input()), cache.byDefault(), cache.enabling());
  }

  // Absent: the default. An expression may be true on a release. Otherwise the text decides.
  private static boolean enabled(Scalar value, boolean byDefault, List<String> enabling) {
    if (value == null) return byDefault;
    if (value instanceof Scalar.Expression || value instanceof Scalar.Text t && t.value().contains("${{")) return true;
    String text = value.text().strip().toLowerCase(Locale.ROOT);
    if (!enabling.isEmpty()) return enabling.contains(text);
    return !(text.isEmpty() || text.equals("false"));
  }

  private static String switchOff(ActionUse use) {
    String name = use.repository().toLowerCase(Locale.ROOT);
    if (name.equals("actions/setup-node")) return "package-manager-cache: false, no cache:";
    if (name.equals("astral-sh/setup-uv")) return "enable-cache: false";
    Cache cache = CACHING.get(name);
    if (cache == null || cache.input() == null) return "drop the step";
    if (!cache.enabling().isEmpty() && cache.byDefault()) return cache.input() + ": true";
    return cache.input() + ": false";
  }

  private static int major(ActionUse use) {
    String version = use.version();
    if (version == null) return 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("v?(\\d+)").matcher(version);
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Why the workflow publishes, from its triggers: tags, releases or release branches; null if not. */
  static String releaseTrigger(Workflow w) {
    for (Trigger t : w.triggers()) {
      if (t.event().equals("release")) return "the workflow runs on release";
      if (t instanceof RefTrigger r && r.event().equals("push")) {
        if (!r.tags().isEmpty()) return "the workflow runs for pushed tags";
        for (String b : r.branches()) if (b.toLowerCase(Locale.ROOT).startsWith("release")) return "the workflow runs for branch " + b;
      }
    }
    return null;
  }

  private static Step publisher(Job job) {
    for (Step s : job.steps()) {
      ActionUse use = ActionUse.of(s);
      if (use == null) continue;
      for (String p : PUBLISHERS) if (use.within(p)) return s;
      if (use.is("docker/build-push-action") && enabled(s.with().get("push"), true, List.of())) return s;
    }
    return null;
  }
}
