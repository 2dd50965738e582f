package dev.gha4j.generate;

import java.util.Map;

/**
 * Files made from the rendered workflow texts and kept next to them, such as the job graphs of
 * gha4j-review ({@code WorkflowGraph::files}). {@link GenerateCommand} makes them in memory before
 * writing anything, then writes them to their own directory after the workflows, with the same
 * {@link OutputDirectory} rules.
 */
@FunctionalInterface
public interface DerivedFiles {
  /**
   * Makes the files. May throw {@link IllegalArgumentException} with a message for people; then
   * nothing is written.
   *
   * @param workflows workflow file name to YAML text, as rendered
   * @return file name to text
   */
  Map<String, String> from(Map<String, String> workflows);
}
