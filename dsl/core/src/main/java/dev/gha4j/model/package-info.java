/**
 * The workflow model a pipeline builds: {@link dev.gha4j.model.Workflow}, {@link
 * dev.gha4j.model.Job} and {@link dev.gha4j.model.Step} (immutable, each made by one builder, with
 * {@code toBuilder()}), triggers, matrices, permissions, containers and the typed scalars GitHub
 * takes. Building a model checks only what a type cannot say; the rest is the validator's
 * ({@code dev.gha4j.validate}).
 */
package dev.gha4j.model;
