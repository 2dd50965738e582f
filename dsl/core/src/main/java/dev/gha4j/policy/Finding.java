package dev.gha4j.policy;

import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.source.SourceLocation;

/**
 * One rule broken by one element, before allowances are applied; see {@link Policies#uncovered}.
 *
 * @param rule     the rule
 * @param location the pipeline line that made the offending element
 * @param message  {@code [GHA00x] what is wrong; fix: ...}
 * @param job      the job it is in, or null for a workflow-level finding
 * @param step     the step it is in, or null for a job- or workflow-level finding
 * @param severity whether it stops generation: the rule's own severity, or a warning where the rule
 *                 gives the benefit of the doubt (e.g. a write scope that an action gha4j does not
 *                 know might use)
 */
public record Finding(Rule rule, SourceLocation location, String message, Job job, Step step, Severity severity) {}
