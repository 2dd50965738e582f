package dev.gha4j.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub's cross-language expression conformance suite ({@code expressions/testdata/*.json} of
 * actions/languageservices, vendored unchanged under {@code conformance/testdata}; see the README
 * there), read into cases.
 */
final class ConformanceSuite {
  private ConformanceSuite() {}

  /**
   * One case: an expression, the contexts it may read, and what GitHub gives: a result of a kind
   * ({@code Null Boolean Number String Array Object}) or an error of a kind
   * ({@code lexing parsing evaluation}) whose message may name a position.
   */
  record Case(String id, String expr, Map<String, JsonNode> contexts, String resultKind, JsonNode result,
      String errorKind, String errorMessage) {

    boolean expectsError() {
      return errorKind != null;
    }

    /**
     * True when an error at this 1-based column matches where GitHub locates it: its harness checks
     * that the message contains the expected text, so the expected "Located at position …" must
     * be part of ours (a case without a position matches any).
     */
    boolean locatedAt(int column) {
      int at = errorMessage.indexOf("Located at position ");
      return at < 0 || ("Located at position " + column + " within expression: " + expr).contains(errorMessage.substring(at));
    }
  }

  static final String DIRECTORY = "/dev/gha4j/sim/conformance/";

  static List<Case> cases() {
    JsonMapper json = JsonMapper.builder().build();
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("testdata"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        for (Map.Entry<String, JsonNode> group : root.properties()) {
          int i = 0;
          for (JsonNode c : group.getValue().values()) {
            cases.add(toCase(file.getFileName() + "/" + group.getKey() + "#" + i++, c));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Case toCase(String id, JsonNode c) {
    Map<String, JsonNode> contexts = new LinkedHashMap<>();
    if (c.has("contexts")) c.get("contexts").properties().forEach(p -> contexts.put(p.getKey(), p.getValue()));
    JsonNode result = c.get("result");
    JsonNode err = c.get("err");
    return new Case(id, c.get("expr").stringValue(), contexts,
        result == null ? null : result.get("kind").stringValue(), result == null ? null : result.get("value"),
        err == null ? null : err.get("kind").stringValue(), err == null ? null : err.get("value").stringValue());
  }

  /** The excluded case ids and why, from {@code exclusions.txt} ({@code id | reason} per line). */
  static Map<String, String> exclusions() {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(resource("exclusions.txt"))) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int bar = line.indexOf(" | ");
        out.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Path resource(String name) {
    try {
      return Path.of(ConformanceSuite.class.getResource(DIRECTORY + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
