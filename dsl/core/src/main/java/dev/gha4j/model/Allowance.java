package dev.gha4j.model;

import dev.gha4j.source.SourceLocation;

/**
 * A policy rule switched off for one workflow, job or step, with the reason a reviewer reads.
 * The reason is emitted as a YAML comment next to the element.
 */
public record Allowance(String ruleId, String reason, SourceLocation location) {}
