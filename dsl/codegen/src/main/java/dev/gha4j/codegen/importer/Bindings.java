package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.Catalog;
import dev.gha4j.codegen.Manifest;
import java.util.HashMap;
import java.util.Map;

/**
 * The typed action bindings the importer may use: one manifest per action. A step gets a binding
 * only when it uses exactly the manifest's commit, because a binding always renders that commit
 * and a different ref would change what the workflow runs.
 */
public final class Bindings {
  private final Map<String, Manifest> byAction = new HashMap<>();

  private Bindings(Catalog catalog) {
    for (Manifest m : catalog.actions()) byAction.put(m.action(), m);
  }

  /**
   * The bindings of a catalog: a step that uses one of its actions at exactly the manifest's commit
   * is imported as that binding ({@code Checkout.of()...}).
   *
   * @param catalog the action manifests, e.g. {@code ManifestReader.read(Path.of("dsl/actions/src/main/actions"))}
   * @return bindings for every manifest in the catalog
   */
  public static Bindings of(Catalog catalog) {
    return new Bindings(catalog);
  }

  /**
   * No bindings, for a project without action manifests.
   *
   * @return bindings under which every action step is imported as {@code Step.uses("owner/repo@ref")}
   */
  public static Bindings none() {
    return new Bindings(new Catalog(java.util.List.of()));
  }

  /** The manifest for {@code action}, or null. */
  Manifest forAction(String action) {
    return byAction.get(action);
  }

  /** The manifest pinned to exactly {@code sha} for {@code action}, or null. */
  Manifest pinned(String action, String sha) {
    Manifest m = byAction.get(action);
    return m != null && m.sha().equals(sha) ? m : null;
  }
}
