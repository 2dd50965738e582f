package dev.gha4j.codegen.importer;

import com.palantir.javapoet.JavaFile;
import dev.gha4j.model.Workflow;
import java.util.List;
import java.util.regex.Pattern;

/**
 * YAML text of one workflow file to the Java class that defines it. By default the class
 * reproduces the workflow exactly; {@link #withBaseline()} also writes the migration baseline, an
 * {@code .allow(Rule.X, "imported: existed before migration")} for each policy rule the workflow
 * breaks, so that it generates at once.
 */
public final class Importer {
  private static final Pattern TRAILING_BLANKS = Pattern.compile("(?m)[ \t]+$");
  private final Bindings bindings;
  private final String packageName;
  private final boolean baseline;

  /**
   * An importer that reproduces each workflow exactly, without the migration baseline.
   *
   * @param bindings    the typed action bindings a step may become (where it pins the same commit);
   *                    {@link Bindings#none()} keeps every action step as {@code Step.uses(...)}
   * @param packageName the package of the imported classes, e.g. {@code com.example.workflows}
   */
  public Importer(Bindings bindings, String packageName) {
    this(bindings, packageName, false);
  }

  private Importer(Bindings bindings, String packageName, boolean baseline) {
    this.bindings = bindings;
    this.packageName = packageName;
    this.baseline = baseline;
  }

  /**
   * This importer, also writing the migration baseline (see the class comment).
   *
   * @return a new importer with the same bindings and package; this one is unchanged
   */
  public Importer withBaseline() {
    return new Importer(bindings, packageName, true);
  }

  /**
   * One imported workflow file.
   *
   * @param java               the imported class
   * @param className          its simple name, from the file name ({@code ci.yml} to {@code CiWorkflow})
   * @param workflow           the workflow the class builds: the file's, with the baseline's allowances if any
   * @param checks             what a person should check in the class, one line each ({@code
   *                           ci.yml:12: jobs.test.if: ...}); empty when nothing needs a look
   * @param baselineAllowances how many {@code .allow(...)} the migration baseline added; 0 without one
   */
  public record Imported(JavaFile java, String className, Workflow workflow, List<String> checks,
      int baselineAllowances) {
    /**
     * The Java source text. JavaPoet leaves a blank before a wrapped line; no line of an imported
     * class ends in a blank that means anything (text blocks end such lines in {@code \s}).
     *
     * @return the class as it is written to its {@code .java} file, no line ending in a blank
     */
    public String source() {
      return TRAILING_BLANKS.matcher(java.toString()).replaceAll("");
    }
  }

  /**
   * Imports one workflow file.
   *
   * @param fileName the workflow's file name, e.g. {@code ci.yml}: the generated workflow keeps it,
   *                 and the class is named after it
   * @param yaml     the file's text
   * @return the class, the workflow it builds and what to check in it
   * @throws ImportException when gha4j cannot represent the workflow exactly; the message says where
   *     and why, {@link ImportException#line()} gives the line when known
   */
  public Imported importWorkflow(String fileName, String yaml) {
    Read read = read(fileName, yaml);
    String className = Names.className(fileName);
    JavaFile java = JavaWriter.write(read.result(), packageName, className, fileName, bindings);
    Lines lines = read.result().comments().lines();
    List<String> checks = read.result().warnings().stream()
        .map(w -> fileName + located(w.line(lines)) + ": " + w.describe()).toList();
    return new Imported(java, className, read.result().workflow(), checks, read.baseline().size());
  }

  /** The model the class is written from, with the baseline it got. */
  record Read(WorkflowReader.Result result, Baseline baseline) {}

  /** Reads the workflow, with the baseline's allowances if this importer writes one. */
  Read read(String fileName, String yaml) {
    WorkflowReader.Parsed parsed = WorkflowReader.Parsed.of(yaml);
    WorkflowReader.Result read = WorkflowReader.read(fileName, parsed, bindings, Baseline.NONE);
    Baseline added = baseline ? Baseline.of(read.workflow()) : Baseline.NONE;
    if (added.size() > 0) read = WorkflowReader.read(fileName, parsed, bindings, added);
    return new Read(read, added);
  }

  private static String located(int line) {
    return line > 0 ? ":" + line : "";
  }
}
