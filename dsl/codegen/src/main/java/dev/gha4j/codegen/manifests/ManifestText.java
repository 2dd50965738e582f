package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.JavaNames;
import dev.gha4j.codegen.Manifest;
import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.emit.WorkflowYaml;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a manifest as the hand-written ones look, so a tool's change is a small diff: {@code
 * action}, {@code version} and {@code sha} on the first three lines (the Renovate pattern in
 * {@code renovate.json} relies on that), then {@code class}, {@code runtime}, the inputs and the
 * outputs. Defaults, deprecations and separators are always double-quoted; other text only where
 * YAML needs it. Quoted text is written as a JSON string, which is a valid YAML double-quoted scalar.
 */
public final class ManifestText {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Pattern FLOW_PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]*");

  private ManifestText() {}

  /**
   * The manifest's YAML text.
   *
   * @param m the manifest
   * @return text that {@code ManifestReader} reads back to an equal {@link Manifest}
   */
  public static String write(Manifest m) {
    StringBuilder out = new StringBuilder();
    out.append("action: ").append(plain(m.action())).append('\n');
    out.append("version: ").append(plain(m.version())).append('\n');
    out.append("sha: ").append(m.sha()).append('\n'); // 40 hex digits, checked by ManifestReader
    out.append("class: ").append(plain(m.className())).append('\n');
    if (m.runtime() != null) out.append("runtime: ").append(plain(m.runtime())).append('\n');
    out.append(dev.gha4j.codegen.ManifestScopes.yaml(m.scopes()));
    out.append(m.inputs().isEmpty() ? "inputs: []\n" : "inputs:\n");
    for (Input input : m.inputs()) input(out, input);
    out.append(m.outputs().isEmpty() ? "outputs: []\n" : "outputs:\n");
    for (Output output : m.outputs()) {
      out.append("  - name: ").append(plain(output.name())).append('\n');
      if (!output.javaName().equals(JavaNames.camel(output.name()))) {
        out.append("    java: ").append(plain(output.javaName())).append('\n');
      }
      if (output.summary() != null) out.append("    summary: ").append(plain(output.summary())).append('\n');
    }
    return out.toString();
  }

  private static void input(StringBuilder out, Input input) {
    out.append("  - name: ").append(plain(input.name())).append('\n');
    if (!input.javaName().equals(JavaNames.camel(input.name()))) {
      out.append("    java: ").append(plain(input.javaName())).append('\n');
    }
    out.append("    type: ").append(input.type().name().toLowerCase(Locale.ROOT)).append('\n');
    if (!input.values().isEmpty()) out.append("    values: ").append(flowList(input.values())).append('\n');
    if (input.separator() != null) out.append("    separator: ").append(quoted(input.separator())).append('\n');
    out.append("    required: ").append(input.required()).append('\n');
    if (input.defaultValue() != null) out.append("    default: ").append(quoted(input.defaultValue())).append('\n');
    if (input.deprecated() != null) out.append("    deprecated: ").append(quoted(input.deprecated())).append('\n');
    if (input.summary() != null) out.append("    summary: ").append(plain(input.summary())).append('\n');
  }

  private static String flowList(List<String> values) {
    StringBuilder list = new StringBuilder("[");
    for (String value : values) {
      if (list.length() > 1) list.append(", ");
      list.append(FLOW_PLAIN.matcher(value).matches() && WorkflowYaml.isPlainScalar(value) ? value : quoted(value));
    }
    return list.append(']').toString();
  }

  /** Plain where YAML reads it back as the same string, double-quoted otherwise. */
  private static String plain(String text) {
    return WorkflowYaml.isPlainScalar(text) && !text.contains("\n") ? text : quoted(text);
  }

  private static String quoted(String text) {
    return JSON.writeValueAsString(text);
  }
}
