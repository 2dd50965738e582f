package dev.gha4j.codegen;

import java.util.List;

/** Everything in the manifest directory: the bound actions (sorted by file) and the refused ones. */
public record Catalog(List<Manifest> actions, List<DeprecatedAction> deprecated) {
  public Catalog {
    actions = List.copyOf(actions);
    deprecated = List.copyOf(deprecated);
  }
}
