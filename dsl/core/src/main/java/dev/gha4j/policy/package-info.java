/**
 * gha4j's policy rules, GHA001 to GHA038 ({@link dev.gha4j.policy.Rule}): silent failures, unpinned
 * or deprecated actions, broad permissions, script injection and the other ways a workflow leaks
 * secrets or runs an attacker's code. {@link dev.gha4j.policy.Policies#standard()} runs them all; a
 * pipeline switches one off where it does not apply with {@code .allow(rule, reason)}.
 */
package dev.gha4j.policy;
