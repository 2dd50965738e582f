/**
 * The structural validator: GitHub's own workflow schema (which keys, values and contexts each
 * place takes) plus actionlint's checks (expression types, runner labels, globs, cron, matrix
 * entries). {@link dev.gha4j.validate.Validator} reports every problem at once, each with the
 * pipeline's {@code File.java:LINE}; docs/validation.md lists every check.
 */
package dev.gha4j.validate;
