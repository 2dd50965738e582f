/**
 * Typed, SHA-pinned steps for common actions ({@code Checkout}, {@code SetupJava}, ...), generated
 * from the manifests in {@code src/main/actions}, and the checks of steps that use an action by its
 * ref (unknown inputs, releases on a retired runtime).
 */
package dev.gha4j.actions;
