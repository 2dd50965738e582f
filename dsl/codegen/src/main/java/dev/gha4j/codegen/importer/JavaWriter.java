package dev.gha4j.codegen.importer;


import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.gha4j.model.Job;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The gha4j model of one workflow as a Java class implementing {@code WorkflowSource}, reading
 * top to bottom like the YAML: {@code workflow()} declares the jobs as variables (so {@code needs}
 * are references) and returns the workflow; a job longer than a few lines gets a private method
 * of its own, taking the jobs it needs.
 */
final class JavaWriter {
  private static final ClassName WORKFLOW = ClassName.get("dev.gha4j.model", "Workflow");
  private static final ClassName WORKFLOW_SOURCE = ClassName.get("dev.gha4j.api", "WorkflowSource");
  /** Jobs whose code is longer than this many lines get a method of their own. */
  private static final int INLINE_LINES = 8;

  private JavaWriter() {}

  /**
   * The class {@code packageName.className} for the workflow {@code read} from {@code sourceFile},
   * with its comments; its warnings are listed in the Javadoc and put as {@code // check:} comments
   * above the code they are about.
   */
  static JavaFile write(WorkflowReader.Result read, String packageName, String className, String sourceFile,
      Bindings bindings) {
    Workflow workflow = read.workflow();
    Comments comments = read.comments();
    List<String> warnings = read.warnings().stream().map(Warning::describe).toList();
    List<String> ids = workflow.jobs().stream().map(Job::id).toList();
    Map<String, String> variables = Names.jobVariables(ids);
    ValueCode values = new ValueCode(new ExprCode(Map.of()));
    CommonCode common = new CommonCode(values);
    Pins pins = new Pins();
    Notes notes = new Notes(comments, read.warnings());

    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(WORKFLOW_SOURCE)
        .addJavadoc("$L", javadoc(workflow, sourceFile, warnings));
    MethodSpec.Builder main = MethodSpec.methodBuilder("workflow")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(WORKFLOW);
    List<MethodSpec> jobMethods = new ArrayList<>();
    for (Job job : declarationOrder(workflow.jobs())) {
      Map<String, String> inScope = new LinkedHashMap<>();
      for (String need : job.needs()) inScope.put(need, variables.get(need));
      ValueCode jobValues = new ValueCode(new ExprCode(inScope));
      StepCode.Placed placed = new JobCode(jobValues, bindings, pins, common, variables, notes).job(job);
      CodeBlock code = placed.code();
      String variable = variables.get(job.id());
      if (lines(code) <= INLINE_LINES) {
        placed.comments().forEach(n -> main.addCode("$L\n", Literals.lineComment(n)));
        main.addStatement("$T $L = $L", JobCode.JOB, variable, code);
      } else {
        MethodSpec.Builder method = MethodSpec.methodBuilder(variable)
            .addModifiers(Modifier.PRIVATE)
            .returns(JobCode.JOB);
        placed.comments().forEach(n -> method.addCode("$L\n", Literals.lineComment(n)));
        method.addStatement("return $L", code);
        for (String need : job.needs()) method.addParameter(JobCode.JOB, variables.get(need));
        jobMethods.add(method.build());
        main.addStatement("$T $L = $L($L)", JobCode.JOB, variable, variable,
            String.join(", ", job.needs().stream().map(variables::get).toList()));
      }
    }
    StepCode.Placed chain = workflowChain(workflow, values, common, variables, notes);
    chain.comments().forEach(n -> main.addCode("$L\n", Literals.lineComment(n)));
    main.addStatement("return $L", chain.code());
    pins.fields().forEach(type::addField);
    type.addMethod(main.build());
    jobMethods.forEach(type::addMethod);

    JavaFile.Builder file = JavaFile.builder(packageName, type.build()).skipJavaLangImports(true);
    if (!comments.header().isEmpty()) {
      List<String> lines = comments.header().stream().map(JavaWriter::fileCommentLine).toList();
      file.addFileComment("$L", String.join("\n", lines));
    }
    if (!common.scopes().isEmpty()) file.addStaticImport(CommonCode.SCOPE, common.scopes().toArray(String[]::new));
    if (!common.accesses().isEmpty()) file.addStaticImport(CommonCode.ACCESS, common.accesses().toArray(String[]::new));
    return file.build();
  }

  private static StepCode.Placed workflowChain(Workflow w, ValueCode values, CommonCode common,
      Map<String, String> variables, Notes notes) {
    List<Link> links = new ArrayList<>();
    w.allowances().forEach(a -> links.add(ValueCode.allow(a)));
    if (w.name() != null) links.add(Link.at(List.of("name"), "name($L)", Literals.text(w.name())));
    if (w.runName() != null) links.add(Link.at(List.of("run-name"), "runName($L)", Literals.text(w.runName())));
    TriggerCode triggers = new TriggerCode(values);
    List<CodeBlock> on = new ArrayList<>();
    for (Trigger t : w.triggers()) on.add(triggers.trigger(t));
    if (!on.isEmpty()) links.add(Link.at(List.of("on"), "on$L", Layout.args(on)));
    if (w.permissions() != null) {
      links.add(Link.at(List.of("permissions"), "permissions($L)", common.permissions(w.permissions())));
    }
    w.env().forEach((name, v) -> links.add(Link.at(List.of("env", name), "env($L, $L)", string(name), values.scalar(v))));
    if (w.defaults() != null) links.add(Link.at(List.of("defaults"), "defaults($L)", common.defaults(w.defaults())));
    if (w.concurrency() != null) {
      links.add(Link.at(List.of("concurrency"), "concurrency($L)", common.concurrency(w.concurrency())));
    }
    w.escapeHatches().forEach((key, raw) -> links.add(StepCode.escapeHatch("workflow", key, raw)));
    List<CodeBlock> jobs = new ArrayList<>();
    for (Job job : w.jobs()) jobs.add(CodeBlock.of("$L", variables.get(job.id())));
    if (!jobs.isEmpty()) links.add(Link.at(List.of("jobs"), "jobs$L", Layout.args(jobs)));
    links.add(Link.of("build()"));
    List<String> above = notes.place(links, List.of());
    CodeBlock start = CodeBlock.of("$T.builder($L)", WORKFLOW, string(w.file()));
    return new StepCode.Placed(Layout.chain(start, links, true, false), above);
  }

  /** Jobs in YAML order, except that a job comes after the jobs it needs. */
  static List<Job> declarationOrder(List<Job> jobs) {
    List<Job> ordered = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    List<Job> pending = new ArrayList<>(jobs);
    while (!pending.isEmpty()) {
      Job next = pending.stream().filter(j -> declared.containsAll(j.needs())).findFirst()
          .orElseThrow(() -> new ImportException("jobs: their needs form a cycle"));
      ordered.add(next);
      declared.add(next.id());
      pending.remove(next);
    }
    return ordered;
  }

  /** JavaPoet writes the file comment as {@code //} lines; each must stay one line. */
  private static String fileCommentLine(String text) {
    return Literals.lineComment(text).replaceFirst("^// ?", "");
  }

  private static int lines(CodeBlock code) {
    return code.toString().split("\n", -1).length;
  }

  private static String javadoc(Workflow w, String sourceFile, List<String> warnings) {
    StringBuilder doc = new StringBuilder();
    doc.append("{@code ").append(javadocText(sourceFile)).append("}");
    if (w.name() != null) doc.append(": ").append(javadocText(w.name()));
    doc.append(".\nImported from YAML by gha4j: edit this class, not the YAML.\n");
    if (!warnings.isEmpty()) {
      doc.append("\n<p>Check what the importer changed:\n<ul>\n");
      for (String warning : warnings) doc.append("  <li>").append(javadocText(warning)).append("\n");
      doc.append("</ul>\n");
    }
    return doc.toString();
  }

  private static String javadocText(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;")
        .replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
  }
}
