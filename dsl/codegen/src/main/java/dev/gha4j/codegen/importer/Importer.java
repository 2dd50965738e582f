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

  /** Imports into {@code packageName}, using the typed bindings in {@code bindings} where exact. */
  public Importer(Bindings bindings, String packageName) {
    this(bindings, packageName, false);
  }

  private Importer(Bindings bindings, String packageName, boolean baseline) {
    this.bindings = bindings;
    this.packageName = packageName;
    this.baseline = baseline;
  }

  /** This importer, also writing the migration baseline (see the class comment). */
  public Importer withBaseline() {
    return new Importer(bindings, packageName, true);
  }

  /**
   * The imported class, the workflow it builds, what a person should check in it ({@code ci.yml:12:
   * jobs.test.if: ...}), and how many allowances the migration baseline added.
   */
  public record Imported(JavaFile java, String className, Workflow workflow, List<String> checks,
      int baselineAllowances) {
    /**
     * The Java source text. JavaPoet leaves a blank before a wrapped line; no line of an imported
     * class ends in a blank that means anything (text blocks end such lines in {@code \s}).
     */
    public String source() {
      return TRAILING_BLANKS.matcher(java.toString()).replaceAll("");
    }
  }

  /**
   * Imports {@code yaml}, the text of the workflow file {@code fileName} ({@code ci.yml}), which the
   * workflow keeps as its name; throws {@link ImportException} when gha4j cannot represent it exactly.
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
