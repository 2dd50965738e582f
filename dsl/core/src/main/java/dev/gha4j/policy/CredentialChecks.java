package dev.gha4j.policy;

import dev.gha4j.model.Container;
import dev.gha4j.model.Job;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import dev.gha4j.model.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Rule#HARDCODED_CREDENTIAL}: literal text in {@code env}, {@code with}, {@code run},
 * container settings and reusable-workflow secrets that has the shape of a credential. Text
 * inside {@code ${{ }}} (e.g. {@code secrets.X}) is masked first; AWS's documented placeholder
 * keys (ending in {@code EXAMPLE}) are not credentials. Messages show only the part of a match
 * that is not secret (the {@code show} group) and never quote the script line, which may hold it.
 */
final class CredentialChecks {
  /** A credential shape; {@code hints} are plain substrings one of which every match contains. */
  private record Kind(String name, Pattern pattern, List<String> hints) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("an AWS access key id", Pattern.compile("\\b(?<show>AKIA|ASIA)[A-Z0-9]{16}\\b"), List.of("AKIA", "ASIA")),
      new Kind("a private key", Pattern.compile("(?<show>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----)"),
          List.of("PRIVATE KEY-----")),
      new Kind("a GitHub token",
          Pattern.compile("\\b(?:(?<show>gh[pousr]_)[A-Za-z0-9]{36}|(?<pat>github_pat_)[A-Za-z0-9_]{22,})\\b"),
          List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
      new Kind("a Slack webhook URL",
          Pattern.compile("(?<show>hooks\\.slack\\.com/services/T)[A-Za-z0-9]*/B[A-Za-z0-9]+/[A-Za-z0-9]+"),
          List.of("hooks.slack.com")));
  private static final String FIX = "revoke it, store it as a repository secret and use Expr.secrets(\"NAME\")";

  private CredentialChecks() {}

  static void check(WorkflowView v, Reporter out) {
    Workflow w = v.workflow();
    texts(w.env(), "env.").forEach((key, text) -> find(text).ifPresent(f ->
        out.workflow(w.location(), key + " of workflow '" + w.file() + "' holds " + f, FIX)));
    for (Job job : w.jobs()) {
      Map<String, String> texts = texts(job.env(), "env.");
      texts.putAll(texts(job.with(), "with."));
      texts.putAll(texts(job.secrets(), "secrets."));
      if (job.container() != null) texts.putAll(container(job.container(), "container."));
      job.services().forEach((name, c) -> texts.putAll(container(c, "services." + name + ".")));
      texts.forEach((key, text) -> find(text).ifPresent(f ->
          out.job(job, job.location(), key + " of job '" + job.id() + "' holds " + f, FIX)));
      if (job.container() != null) writtenPassword(job, "container", job.container(), out);
      job.services().forEach((name, c) -> writtenPassword(job, "service '" + name + "'", c, out));
    }
  }

  // Any password written as text is a credential, whatever its shape.
  private static void writtenPassword(Job job, String what, Container c, Reporter out) {
    if (c.credentials() == null || !(c.credentials().password() instanceof Scalar.Text t)) return;
    if (t.value().isEmpty() || dev.gha4j.expr.Embedded.hasExpression(t.value()) || find(t.value()).isPresent()) return;
    out.job(job, job.location(), "the registry password of the " + what + " of job '" + job.id() + "' is written in the "
        + "workflow", FIX);
  }

  static void check(StepView v, Reporter out) {
    Job job = v.job();
    Step step = v.step();
    Map<String, String> own = texts(step.env(), "env.");
    own.putAll(texts(step.with(), "with."));
    if (step.run() != null) own.put("run", step.run());
    String element = describe(job, step, v.index());
    own.forEach((key, text) -> find(text).ifPresent(f -> out.step(job, step, key + " of " + element + " holds " + f, FIX)));
  }

  // Not displayName(): for a run step that is the script's first line, which may be the credential.
  private static String describe(Job job, Step step, int index) {
    if (step.id() != null) return "step '" + step.id() + "'";
    if (step.name() != null) return "step '" + step.name() + "'";
    if (step.uses() != null) return "step '" + step.uses() + "'";
    return "step " + (index + 1) + " of job '" + job.id() + "'";
  }

  /** {@code "what looks like an AWS access key id (AKIA…)"}, never the secret part. */
  private static Optional<String> find(String text) {
    String plain = null;
    for (Kind kind : KINDS) {
      if (!containsAny(text, kind.hints())) continue;
      if (plain == null) plain = ShellScript.masked(text);
      Matcher m = kind.pattern().matcher(plain);
      while (m.find()) {
        if (m.group().endsWith("EXAMPLE")) continue;
        String show = m.group("show") != null ? m.group("show") : m.group("pat");
        String shown = show.equals(m.group()) ? show : show + "…";
        return Optional.of("what looks like " + kind.name() + " (" + shown + ")");
      }
    }
    return Optional.empty();
  }

  // A loop, not a stream: this runs for every text of every step.
  private static boolean containsAny(String text, List<String> hints) {
    for (String hint : hints) if (text.contains(hint)) return true;
    return false;
  }

  // Only text can hold a written credential; an expression reads it from elsewhere.
  private static Map<String, String> texts(Map<String, Scalar> values, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof Scalar.Text t) out.put(prefix + k, t.value());
    });
    return out;
  }

  private static Map<String, String> container(Container c, String prefix) {
    Map<String, String> out = texts(c.env(), prefix + "env.");
    if (c.credentials() != null && c.credentials().password() instanceof Scalar.Text t) {
      out.put(prefix + "credentials.password", t.value());
    }
    return out;
  }
}
