/**
 * Turns existing workflow YAML into gha4j Java ({@code make import}, {@code mvn gha4j:import}):
 * every file imported or refused with {@code file:line} and why, its meaning kept exactly, and an
 * optional baseline of allowances so the imported workflows generate at once.
 */
package dev.gha4j.codegen.importer;
