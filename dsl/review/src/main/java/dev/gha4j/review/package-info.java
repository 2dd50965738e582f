/**
 * Review aids: a Mermaid job graph per workflow, and {@code make review}'s summary of what changed
 * in meaning between two versions of the workflows (triggers, jobs, needs, permissions, secrets,
 * actions, scripts), marking what needs a security reviewer.
 */
package dev.gha4j.review;
