/**
 * Writes a {@link dev.gha4j.model.Workflow} as the YAML GitHub reads (Jackson's YAML writer,
 * configured so that every string reads back as the same string on GitHub), and reads YAML back
 * for the checks that compare.
 */
package dev.gha4j.emit;
