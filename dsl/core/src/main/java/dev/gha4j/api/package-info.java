/**
 * The small types every other part of gha4j and its users share: {@link
 * dev.gha4j.api.WorkflowSource} (a class that returns one workflow), {@link
 * dev.gha4j.api.WorkflowCheck} (a check run before anything is written) and {@link
 * dev.gha4j.api.Problem} (what a check reports, with its source location).
 */
package dev.gha4j.api;
