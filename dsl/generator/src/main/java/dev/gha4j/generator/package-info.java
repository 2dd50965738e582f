/**
 * The fast {@code make generate} and {@code make watch}: compiles the pipelines in-process, only
 * when they changed, in a JVM started with class-data sharing, and prints javac's warnings as
 * Maven does.
 */
package dev.gha4j.generator;
