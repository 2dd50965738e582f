package dev.gha4j.codegen;

import java.util.List;

/**
 * Everything in the manifest directory: the bound actions, sorted by file. The refused actions are
 * not here: they live in core, {@code dev.gha4j.policy.DeprecatedActions}.
 *
 * @param actions one manifest per bound action, in the order of their file names
 */
public record Catalog(List<Manifest> actions) {
  /**
   * Keeps an unmodifiable copy of {@code actions}.
   *
   * @param actions one manifest per bound action, in the order of their file names; not null
   */
  public Catalog {
    actions = List.copyOf(actions);
  }
}
