package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.gha4j.model.Container;
import dev.gha4j.model.Environment;
import dev.gha4j.model.Job;
import dev.gha4j.model.RunsOn;
import dev.gha4j.model.Scalar;
import dev.gha4j.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One job as a {@code Job.builder(...)...build()} chain, needs as references to job variables. */
final class JobCode {
  static final ClassName JOB = ClassName.get("dev.gha4j.model", "Job");
  private static final ClassName RUNS_ON = ClassName.get("dev.gha4j.model", "RunsOn");
  private static final ClassName ENVIRONMENT = ClassName.get("dev.gha4j.model", "Environment");
  private static final ClassName CONTAINER = ClassName.get("dev.gha4j.model", "Container");
  private static final ClassName CREDENTIALS = ClassName.get("dev.gha4j.model", "Credentials");

  private final ValueCode values;
  private final StepCode steps;
  private final MatrixCode matrix;
  private final CommonCode common;
  private final Map<String, String> variables;
  private final Notes notes;

  /**
   * {@code variables}: job id to the Java variable (or parameter) that holds the job;
   * {@code notes}: the YAML's comments still to be placed.
   */
  JobCode(ValueCode values, Bindings bindings, Pins pins, CommonCode common, Map<String, String> variables,
      Notes notes) {
    this.values = values;
    this.steps = new StepCode(values, bindings, pins, notes);
    this.notes = notes;
    this.matrix = new MatrixCode(values);
    this.common = common;
    this.variables = variables;
  }

  /** The job's code and the comments that go above it. */
  StepCode.Placed job(Job job) {
    List<String> path = List.of("jobs", job.id());
    CodeBlock start = job.isCaller() ? CodeBlock.of("$T.calling($L, $L)", JOB, string(job.id()), string(job.uses()))
        : CodeBlock.of("$T.builder($L)", JOB, string(job.id()));
    List<Link> links = new ArrayList<>();
    job.allowances().forEach(a -> links.add(ValueCode.allow(a)));
    if (job.name() != null) links.add(Link.at(List.of("name"), "name($L)", Literals.text(job.name())));
    if (job.runsOn() != null) links.add(runsOn(job.runsOn()));
    if (!job.needs().isEmpty()) {
      String needs = String.join(", ", job.needs().stream().map(variables::get).toList());
      links.add(Link.at(List.of("needs"), "needs($L)", needs));
    }
    if (job.condition() != null) links.add(steps.condition(job.condition()));
    if (job.permissions() != null) {
      links.add(Link.at(List.of("permissions"), "permissions($L)", common.permissions(job.permissions())));
    }
    if (job.environment() != null) links.add(environment(job.environment()));
    if (job.concurrency() != null) {
      links.add(Link.at(List.of("concurrency"), "concurrency($L)", common.concurrency(job.concurrency())));
    }
    if (job.timeoutMinutes() != null) {
      links.add(Link.at(List.of("timeout-minutes"), "timeoutMinutes($L)", values.flag(job.timeoutMinutes())));
    }
    if (job.strategy() != null) links.add(matrix.strategy(job.strategy()));
    if (job.continueOnError() != null) {
      links.add(Link.at(List.of("continue-on-error"), "continueOnError($L)", values.flag(job.continueOnError())));
    }
    job.services().forEach((name, c) ->
        links.add(Link.at(List.of("services", name), "service($L, $L)", string(name), container(c))));
    if (job.container() != null) links.add(Link.at(List.of("container"), "container($L)", container(job.container())));
    job.outputs().forEach((name, v) ->
        links.add(Link.at(List.of("outputs", name), "output($L, $L)", string(name), values.scalar(v))));
    job.env().forEach((name, v) ->
        links.add(Link.at(List.of("env", name), "env($L, $L)", string(name), values.scalar(v))));
    if (job.defaults() != null) links.add(Link.at(List.of("defaults"), "defaults($L)", common.defaults(job.defaults())));
    for (Map.Entry<String, Scalar> e : job.with().entrySet()) {
      links.add(Link.at(List.of("with", e.getKey()), "with($L, $L)", string(e.getKey()), values.scalar(e.getValue())));
    }
    if (job.secretsInherit()) links.add(Link.at(List.of("secrets"), "secretsInherit()"));
    job.secrets().forEach((name, v) -> links.add(Link.at(List.of("secrets", name), "secret($L, $L)", string(name),
        values.expression(v))));
    if (!job.steps().isEmpty()) links.add(Link.at(List.of("steps"), "steps$L", stepList(job.id(), job.steps())));
    job.escapeHatches().forEach((key, raw) -> links.add(StepCode.escapeHatch("job", key, raw)));
    links.add(Link.of("build()"));
    List<Link> placed = links.stream().map(l -> l.under(path)).toList();
    List<String> above = notes.place(placed, path);
    return new StepCode.Placed(Layout.chain(start, placed, links.size() > 2, false), above);
  }

  /** One step per line, each under the comments that stood above it in the YAML. */
  private CodeBlock stepList(String jobId, List<Step> list) {
    List<StepCode.Placed> codes = new ArrayList<>();
    boolean commented = false;
    for (int i = 0; i < list.size(); i++) {
      StepCode.Placed step = steps.step(list.get(i), List.of("jobs", jobId, "steps", String.valueOf(i)));
      codes.add(step);
      commented |= !step.comments().isEmpty();
    }
    if (codes.size() == 1 && !commented && !Layout.multiLine(codes.get(0).code())) {
      return Layout.args(List.of(codes.get(0).code()));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("($>$>");
    for (int i = 0; i < codes.size(); i++) {
      for (String line : codes.get(i).comments()) b.add("\n$L", Literals.lineComment(line));
      b.add("\n$L$L", codes.get(i).code(), i + 1 < codes.size() ? "," : "");
    }
    return b.add(")$<$<").build();
  }

  private static Link runsOn(RunsOn r) {
    if (r.group() == null && r.labels().size() == 1) {
      return Link.at(List.of("runs-on"), "runsOn($L)", string(r.labels().get(0)));
    }
    if (r.group() == null) {
      return Link.at(List.of("runs-on"), "runsOn($T.labels($L))", RUNS_ON, TriggerCode.strings(r.labels()));
    }
    CodeBlock labels = r.labels().isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", TriggerCode.strings(r.labels()));
    return Link.at(List.of("runs-on"), "runsOn($T.group($L$L))", RUNS_ON, string(r.group()), labels);
  }

  private static Link environment(Environment e) {
    List<String> path = List.of("environment");
    if (e.deployment() == null && e.url() == null) return Link.at(path, "environment($L)", Literals.text(e.name()));
    if (e.deployment() == null) {
      return Link.at(path, "environment($L, $L)", Literals.text(e.name()), Literals.text(e.url()));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.named($L)", ENVIRONMENT, Literals.text(e.name()));
    if (e.url() != null) b.add(".url($L)", Literals.text(e.url()));
    b.add(".deployment($L)", e.deployment());
    return Link.at(path, "environment($L)", b.build());
  }

  private CodeBlock container(Container c) {
    if (c.expression() != null) {
      return CodeBlock.of("$T.fromExpression($L)", CONTAINER, values.expressions().required(c.expression()));
    }
    List<Link> links = new ArrayList<>();
    if (c.credentials() != null) links.add(Link.of("credentials($L)", credentials(c.credentials())));
    c.env().forEach((name, v) -> links.add(Link.of("env($L, $L)", string(name), values.scalar(v))));
    if (!c.ports().isEmpty()) links.add(Link.of("ports($L)", TriggerCode.strings(c.ports())));
    if (!c.volumes().isEmpty()) links.add(Link.of("volumes($L)", TriggerCode.strings(c.volumes())));
    if (!c.options().isEmpty()) links.add(Link.of("options($L)", TriggerCode.strings(c.options())));
    return Layout.chain(CodeBlock.of("$T.image($L)", CONTAINER, string(c.image())), links, false, true);
  }

  private CodeBlock credentials(dev.gha4j.model.Credentials c) {
    CodeBlock user = expressionOrNull(c.username());
    CodeBlock password = expressionOrNull(c.password());
    if (user != null && password != null) return CodeBlock.of("$T.of($L, $L)", CREDENTIALS, user, password);
    return CodeBlock.of("$T.of($L, $L)", CREDENTIALS, Literals.text(text(c.username())), Literals.text(text(c.password())));
  }

  private CodeBlock expressionOrNull(Scalar value) {
    if (value instanceof Scalar.Expression e) return values.expressions().required(e.expr());
    return value == null ? null : values.expressions().value(value.text());
  }

  private static String text(Scalar value) {
    return value == null ? null : value.text();
  }
}
