package dev.gha4j.codegen;

import java.util.List;

/**
 * Everything in the manifest directory: the bound actions, sorted by file. The refused actions are
 * not here: they live in core, {@code dev.gha4j.policy.DeprecatedActions}.
 */
public record Catalog(List<Manifest> actions) {
  public Catalog {
    actions = List.copyOf(actions);
  }
}
