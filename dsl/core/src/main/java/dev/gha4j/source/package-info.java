/**
 * Where things were said in a pipeline's source: {@link dev.gha4j.source.SourceLocation} (the
 * {@code File.java:LINE} every element captures when it is built, so that a problem points at the
 * line to fix) and {@link dev.gha4j.source.Gha4jException}, the one exception gha4j throws for a
 * mistake in a pipeline. Every other package may import this one.
 */
package dev.gha4j.source;
