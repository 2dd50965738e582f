package dev.gha4j.codegen;

/**
 * An action that gets no binding ({@code src/main/actions/deprecated.yml}).
 *
 * @param action      {@code owner/repo[/path]} as written in {@code uses:}
 * @param replacement the action to use instead
 * @param reason      why, in one line
 */
public record DeprecatedAction(String action, String replacement, String reason) {}
