/**
 * The Maven plugin (prefix {@code gha4j}): {@code mvn gha4j:generate} writes the workflows,
 * {@code mvn gha4j:check} fails with a unified diff per file when the committed YAML is not what the
 * Java produces, {@code mvn gha4j:import} turns existing YAML into Java.
 */
package dev.gha4j.maven;
