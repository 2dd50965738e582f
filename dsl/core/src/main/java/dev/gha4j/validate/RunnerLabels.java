package dev.gha4j.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * GitHub-hosted runner labels and the image each runs ({@code runner-labels.yml}), and the labels
 * GitHub has retired ({@code retired-runner-images.yml}); each file names its source and date.
 * Labels are compared without case, as GitHub does.
 */
final class RunnerLabels {
  /** A retired label: by when it was gone, and what to use instead. */
  record Retired(String goneBy, String use) {}

  private static final class Holder {
    static final RunnerLabels DATA = load();
  }

  private final Map<String, String> hosted;
  private final Map<String, String> os;
  private final Set<String> selfHosted;
  private final Map<String, Retired> retired;

  private RunnerLabels(Map<String, String> hosted, Map<String, String> os, Set<String> selfHosted,
      Map<String, Retired> retired) {
    this.hosted = hosted;
    this.os = os;
    this.selfHosted = selfHosted;
    this.retired = retired;
  }

  static RunnerLabels data() {
    return Holder.DATA;
  }

  /** The image a GitHub-hosted label runs, or null. */
  String image(String label) {
    return hosted.get(label.toLowerCase(Locale.ROOT));
  }

  /** The image family a self-hosted OS label stands for ({@code ubuntu}, {@code macos}, {@code windows}), or null. */
  String family(String label) {
    return os.get(label.toLowerCase(Locale.ROOT));
  }

  boolean isSelfHosted(String label) {
    return selfHosted.contains(label.toLowerCase(Locale.ROOT));
  }

  /** The retirement of {@code label}, or null when it is not retired. */
  Retired retired(String label) {
    return retired.get(label.toLowerCase(Locale.ROOT));
  }

  /** All current GitHub-hosted labels. */
  Set<String> hostedLabels() {
    return hosted.keySet();
  }

  private static RunnerLabels load() {
    JsonNode labels = read("runner-labels.yml");
    JsonNode gone = read("retired-runner-images.yml");
    Map<String, String> hosted = new HashMap<>();
    labels.get("hosted").properties().forEach(e -> hosted.put(e.getKey(), e.getValue().stringValue()));
    Map<String, String> os = new HashMap<>();
    labels.get("os").properties().forEach(e -> os.put(e.getKey(), e.getValue().stringValue()));
    Set<String> selfHosted = new HashSet<>();
    labels.get("self-hosted").forEach(l -> selfHosted.add(l.stringValue()));
    Map<String, Retired> retired = new HashMap<>();
    gone.get("retired").properties().forEach(e -> retired.put(e.getKey(),
        new Retired(e.getValue().get("gone-by").asString(), e.getValue().get("use").stringValue())));
    return new RunnerLabels(Map.copyOf(hosted), Map.copyOf(os), Set.copyOf(selfHosted), Map.copyOf(retired));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = RunnerLabels.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing from gha4j-core");
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
