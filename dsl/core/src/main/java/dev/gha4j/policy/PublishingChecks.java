package dev.gha4j.policy;

import dev.gha4j.model.Access;
import dev.gha4j.model.Job;
import dev.gha4j.model.Permissions;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Scope;
import dev.gha4j.model.Step;
import java.util.List;
import java.util.Locale;

/**
 * {@link Rule#TRUSTED_PUBLISHING}: a package published to PyPI, npm, crates.io, RubyGems or NuGet
 * with a long-lived token, in a job without {@code id-token: write}. All five registries accept a
 * short-lived OIDC token from GitHub instead (trusted publishing), which nothing can steal for later.
 */
final class PublishingChecks {
  /** A publishing command: its words, the registry it reaches, and the setup that replaces the token. */
  private record Publish(List<String> words, String registry, String how) {}

  private static final String PYPI = "grant id-token: write and configure a trusted publisher on PyPI; then drop the token";
  private static final String NPM = "grant id-token: write, configure a trusted publisher on npmjs.com and publish "
      + "with npm publish --provenance; then drop the token";
  private static final List<Publish> COMMANDS = List.of(
      new Publish(List.of("npm", "publish"), "npm", NPM), new Publish(List.of("pnpm", "publish"), "npm", NPM),
      new Publish(List.of("yarn", "npm", "publish"), "npm", NPM), new Publish(List.of("bun", "publish"), "npm", NPM),
      new Publish(List.of("bunx", "npm", "publish"), "npm", NPM), new Publish(List.of("npx", "npm", "publish"), "npm", NPM),
      new Publish(List.of("cargo", "publish"), "crates.io",
          "grant id-token: write and use rust-lang/crates-io-auth-action for a short-lived token"),
      new Publish(List.of("gem", "push"), "RubyGems",
          "grant id-token: write and use rubygems/release-gem (or configure-rubygems-credentials without api-token)"),
      new Publish(List.of("nuget", "push"), "NuGet", "grant id-token: write and log in with NuGet/login"),
      new Publish(List.of("nuget.exe", "push"), "NuGet", "grant id-token: write and log in with NuGet/login"),
      new Publish(List.of("dotnet", "nuget", "push"), "NuGet", "grant id-token: write and log in with NuGet/login"),
      new Publish(List.of("twine", "upload"), "PyPI", PYPI), new Publish(List.of("uv", "publish"), "PyPI", PYPI),
      new Publish(List.of("poetry", "publish"), "PyPI", PYPI), new Publish(List.of("hatch", "publish"), "PyPI", PYPI),
      new Publish(List.of("flit", "publish"), "PyPI", PYPI), new Publish(List.of("pdm", "publish"), "PyPI", PYPI));

  // The programs that start a command above, directly or through a runner (bundle exec, python -m, pipx run).
  private static final java.util.Set<String> PROGRAMS = java.util.Set.of("npm", "pnpm", "yarn", "bun", "bunx", "npx",
      "cargo", "gem", "nuget", "nuget.exe", "dotnet", "twine", "uv", "uvx", "poetry", "hatch", "flit", "pdm", "bundle",
      "pipx", "python", "python3");

  private PublishingChecks() {}

  private static String program(String name) {
    String p = name.substring(name.lastIndexOf('/') + 1);
    return p.startsWith("python3.") ? "python3" : p;
  }

  // A token given to an action is used even when the job could get an OIDC token; a bare command
  // may be using the OIDC token (npm and uv find it themselves), so it is judged only without one.
  static void trustedPublishing(StepView v, Reporter out) {
    Step step = v.step();
    String action = tokenAction(step);
    if (action != null) {
      out.step(v.job(), step, action + ", a long-lived token that works for anyone who gets hold of it",
          "use trusted publishing: " + (action.contains("npm") ? NPM : action.contains("RubyGems")
              ? "grant id-token: write and drop the api-token" : PYPI));
      return;
    }
    if (oidc(v)) return;
    for (ShellCommand c : v.commands()) {
      if (!PROGRAMS.contains(program(c.name()))) continue;
      List<String> words = runner(c);
      for (Publish p : COMMANDS) {
        if (!startsWith(words, p.words()) || words.contains("--dry-run") || p.registry().equals("crates.io") && words.contains("-n")) {
          continue;
        }
        out.step(v.job(), step, "`" + c.source().replace("GHA4J_EXPRESSION", "${{ … }}") + "` publishes to " + p.registry() + " with a long-lived token, in a job "
            + "without id-token: write, though " + p.registry() + " accepts GitHub's short-lived OIDC token", p.how());
        return;
      }
    }
  }

  // The command as run by its tool: `bundle exec gem ...`, `python -m twine ...`, `pipx run twine==6 ...`.
  private static List<String> runner(ShellCommand c) {
    List<String> words = new java.util.ArrayList<>();
    words.add(c.name());
    words.addAll(c.args());
    if (words.size() > 2 && words.get(0).equals("bundle") && words.get(1).equals("exec")) return words.subList(2, words.size());
    if (words.size() > 2 && words.get(0).startsWith("python") && words.get(1).equals("-m")) return words.subList(2, words.size());
    if (words.size() > 2 && List.of("pipx", "uvx").contains(words.get(0)) || words.size() > 2 && words.get(0).equals("uv")
        && words.get(1).equals("tool") && words.get(2).equals("run")) {
      List<String> rest = words.subList(words.get(0).equals("uv") ? 3 : words.get(0).equals("pipx") ? 2 : 1, words.size());
      if (rest.isEmpty()) return rest;
      List<String> out = new java.util.ArrayList<>(rest);
      out.set(0, rest.get(0).replaceFirst("[=<>@].*$", ""));
      return out;
    }
    return words;
  }

  // `cargo +nightly publish`: a toolchain word may come between the program and its subcommand.
  private static boolean startsWith(List<String> words, List<String> command) {
    int i = 0;
    for (String w : words) {
      if (i == command.size()) return true;
      String program = i == 0 ? w.substring(w.lastIndexOf('/') + 1) : w;
      if (program.equals(command.get(i))) i++;
      else if (i == 1 && w.startsWith("+")) continue;
      else return false;
    }
    return i == command.size();
  }

  // An action configured with a registry password where the registry supports trusted publishing.
  private static String tokenAction(Step step) {
    ActionUse use = ActionUse.of(step);
    if (use == null) return null;
    if (use.is("pypa/gh-action-pypi-publish") && step.with().containsKey("password")) {
      Scalar url = step.with().getOrDefault("repository-url", step.with().get("repository_url"));
      if (url == null || url.text().contains("pypi.org")) return "pypa/gh-action-pypi-publish is given password:";
    }
    if (use.is("rubygems/release-gem") && isFalse(step.with().get("setup-trusted-publisher"))) {
      return "rubygems/release-gem has setup-trusted-publisher: false, so it publishes with a RubyGems API key";
    }
    if (use.is("rubygems/configure-rubygems-credentials") && step.with().containsKey("api-token")) {
      Scalar server = step.with().get("gem-server");
      if (server == null || server.text().contains("rubygems.org")) return "rubygems/configure-rubygems-credentials is given a RubyGems api-token";
    }
    if (use.is("actions/setup-node") && step.with().containsKey("registry-url")
        && step.with().get("registry-url").text().contains("registry.npmjs.org") && isTrue(step.with().get("always-auth"))) {
      return "actions/setup-node sets up npm publishing with always-auth and an npm token";
    }
    return null;
  }

  /** Whether the step's job can get an OIDC token: id-token: write on the job, or inherited from the workflow. */
  static boolean oidc(StepView v) {
    Permissions p = v.job().permissions() != null ? v.job().permissions() : v.workflow().permissions();
    return p != null && (p.kind() == Permissions.Kind.WRITE_ALL || p.scopes().get(Scope.ID_TOKEN) == Access.WRITE);
  }

  static boolean isFalse(Scalar s) {
    return s instanceof Scalar.Bool b ? !b.value() : s instanceof Scalar.Text t && t.value().strip().toLowerCase(Locale.ROOT).equals("false");
  }

  static boolean isTrue(Scalar s) {
    return s instanceof Scalar.Bool b ? b.value() : s instanceof Scalar.Text t && t.value().strip().toLowerCase(Locale.ROOT).equals("true");
  }
}
