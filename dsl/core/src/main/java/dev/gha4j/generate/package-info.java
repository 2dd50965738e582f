/**
 * From pipelines to files: {@link dev.gha4j.generate.Generation} builds, validates, checks and
 * renders every workflow in memory; {@link dev.gha4j.generate.OutputDirectory} writes the results
 * all at once or not at all; {@link dev.gha4j.generate.GenerateCommand} is the command line around
 * both.
 */
package dev.gha4j.generate;
