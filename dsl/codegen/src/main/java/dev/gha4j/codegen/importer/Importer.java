package dev.gha4j.codegen.importer;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/** YAML text of one workflow file to the Java class that defines it. */
public final class Importer {
  private static final java.util.regex.Pattern TRAILING_BLANKS = java.util.regex.Pattern.compile("(?m)[ \t]+$");
  private final Bindings bindings;
  private final String packageName;

  /** Imports into {@code packageName}, using the typed bindings in {@code bindings} where exact. */
  public Importer(Bindings bindings, String packageName) {
    this.bindings = bindings;
    this.packageName = packageName;
  }

  /** The imported class and what a person should check in it. */
  public record Imported(JavaFile java, String className, List<String> warnings) {
    /**
     * The Java source text. JavaPoet leaves a blank before a wrapped line; no line of an imported
     * class ends in a blank that means anything (text blocks end such lines in {@code \s}).
     */
    public String source() {
      return TRAILING_BLANKS.matcher(java.toString()).replaceAll("");
    }
  }

  /**
   * Imports {@code yaml}, the text of the workflow file {@code fileName} ({@code ci.yml}); throws
   * {@link ImportException} when gha4j cannot represent it.
   */
  public Imported importWorkflow(String fileName, String yaml) {
    String file = fileName.replaceFirst("\\.(yml|yaml)$", "");
    WorkflowReader.Result read = WorkflowReader.read(file, yaml, bindings);
    String className = Names.className(fileName);
    JavaFile java = JavaWriter.write(read.workflow(), read.comments(), packageName, className, fileName, read.warnings(),
        bindings);
    return new Imported(java, className, read.warnings());
  }
}
