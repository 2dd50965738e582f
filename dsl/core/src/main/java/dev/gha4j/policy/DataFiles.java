package dev.gha4j.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The data files the rules read, shipped under {@code dev/gha4j/policy/}: each names its source and
 * the date it was taken, so a reader knows how current a verdict is. Read once, at class loading;
 * a missing or malformed file is a bug in gha4j and fails loudly.
 */
final class DataFiles {
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Actions whose named inputs the action runs as code. */
  record CodeInputs(String source, String date, Map<String, List<String>> actions) {}

  /** A list of actions ({@code owner/repo}), with where and when it was taken. */
  record ActionList(String source, String date, List<String> actions) {}

  /**
   * A published advisory for an action.
   *
   * @param id         the GitHub advisory id (GHSA-...)
   * @param action     {@code owner/repo}
   * @param introduced the first affected version, or null for all before {@code fixed}
   * @param fixed      the first version without the flaw
   * @param summary    what the flaw lets an attacker do
   */
  record Advisory(String id, String action, String introduced, String fixed, String summary) {}

  /** The advisories gha4j knows of. */
  record Advisories(String source, String date, List<Advisory> advisories) {}

  static final CodeInputs CODE_INPUTS = load("code-inputs.yml", CodeInputs.class);
  static final ActionList ARCHIVED = load("archived-actions.yml", ActionList.class);
  static final ActionList POPULAR = load("popular-actions.yml", ActionList.class);
  static final Advisories VULNERABLE = load("vulnerable-actions.yml", Advisories.class);
  private static final java.util.Set<String> ARCHIVED_LOWER_CASE =
      ARCHIVED.actions().stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

  /** True for an archived repository or an action inside one: a set lookup per path prefix, for every step. */
  static boolean archived(ActionUse use) {
    String r = use.repository().toLowerCase(Locale.ROOT);
    for (int slash = r.indexOf('/', r.indexOf('/') + 1); slash > 0; slash = r.indexOf('/', slash + 1)) {
      if (ARCHIVED_LOWER_CASE.contains(r.substring(0, slash))) return true;
    }
    return ARCHIVED_LOWER_CASE.contains(r);
  }

  private DataFiles() {}

  /** The inputs of {@code use} that it runs as code; empty for most actions. */
  static List<String> codeInputs(ActionUse use) {
    List<String> inputs = CODE_INPUTS.actions().get(use.repository().toLowerCase(Locale.ROOT));
    return inputs == null ? List.of() : inputs;
  }

  static <T> T load(String name, Class<T> type) {
    String path = "/dev/gha4j/policy/" + name;
    try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("gha4j resource " + path + " is missing from the classpath");
      T value = YAML.readValue(in, type);
      if (value == null) throw new IllegalStateException("gha4j resource " + path + " is empty");
      return value;
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("gha4j resource " + path + " is malformed: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
