/**
 * Generates the typed action classes of {@code gha4j-actions} from action manifests (JavaPoet): one
 * class per action, pinned to a commit, with a method per input.
 */
package dev.gha4j.codegen;
