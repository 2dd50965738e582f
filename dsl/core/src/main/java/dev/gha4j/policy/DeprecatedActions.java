package dev.gha4j.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Actions {@link Rule#DEPRECATED_ACTION} refuses, each with what to use instead. The list is read
 * once from {@link #RESOURCE_PATH}, its only copy; the action codegen looks manifests up here too,
 * so a refused action never gets a typed binding.
 */
public final class DeprecatedActions {
  /** The list's classpath location; its source is under {@code dsl/core/src/main/resources}. */
  public static final String RESOURCE_PATH = "dev/gha4j/policy/deprecated-actions.yml";

  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
  private static final List<Entry> ALL = load(RESOURCE_PATH);

  /**
   * A refused action.
   *
   * @param action      {@code owner/repo[/path]}; also covers every action inside that repository
   * @param replacement the action to use instead
   * @param reason      why, worded to follow the action's name: "is archived and unmaintained"
   */
  public record Entry(String action, String replacement, String reason) {}

  private DeprecatedActions() {}

  /**
   * Every refused action, for a check such as "no manifest names one".
   *
   * @return the entries in the order of the resource file; never empty, unmodifiable
   */
  public static List<Entry> all() {
    return ALL;
  }

  /**
   * The entry for a raw {@code uses:} value: matches the action or any action inside its
   * repository, ignoring case and the ref.
   *
   * @param uses the value as written, e.g. {@code actions/create-release@v1} or
   *             {@code actions/create-release}; not null
   * @return the entry that refuses it, or empty when the action is not on the list
   */
  public static Optional<Entry> find(String uses) {
    return find(ActionUse.parse(uses));
  }

  static Optional<Entry> find(ActionUse use) {
    return ALL.stream().filter(e -> use.within(e.action())).findFirst();
  }

  // A missing or malformed resource is a bug in gha4j itself, so it fails at class loading.
  static List<Entry> load(String path) {
    String where = "gha4j resource " + path;
    List<Entry> entries;
    try (InputStream in = DeprecatedActions.class.getResourceAsStream("/" + path)) {
      if (in == null) throw new IllegalStateException(where + " is missing from the classpath");
      YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
      entries = yaml.readValue(in, new TypeReference<List<Entry>>() {});
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException(where + " is not a list of {action, replacement, reason}: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (entries == null || entries.isEmpty()) throw new IllegalStateException(where + " lists no actions");
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (e == null || blank(e.action()) || blank(e.replacement()) || blank(e.reason())) {
        throw new IllegalStateException(where + ": every entry needs action, replacement and reason: " + e);
      }
      if (!ACTION.matcher(e.action()).matches() || !ACTION.matcher(e.replacement()).matches()) {
        throw new IllegalStateException(where + ": " + e + " does not name owner/repo[/path] actions");
      }
      if (!seen.add(e.action().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(where + ": " + e.action() + " is listed twice");
      }
    }
    return List.copyOf(entries);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
