package dev.gha4j.codegen;

import dev.gha4j.codegen.Manifest.Input;
import dev.gha4j.codegen.Manifest.Output;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.model.ActionScopes;
import dev.gha4j.policy.DeprecatedActions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the manifests. Every problem is collected and reported at once, each prefixed
 * with the manifest file (and input), so a bad manifest fails the build with a useful message.
 * An action the policy rules refuse ({@link DeprecatedActions}, in core) may not get a binding.
 */
public final class ManifestReader {
  static final Pattern WIRE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*([-_][A-Za-z0-9]+)*");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern RUNTIME = Pattern.compile("node[0-9]+|composite|docker");
  private static final Set<String> TOP_KEYS =
      Set.of("action", "version", "sha", "class", "runtime", "inputs", "outputs", "permissions");
  private static final Set<String> INPUT_KEYS =
      Set.of("name", "java", "type", "required", "default", "summary", "values", "separator", "deprecated");
  private static final Set<String> OUTPUT_KEYS = Set.of("name", "java", "summary");

  private final YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private final List<String> problems = new ArrayList<>();

  /**
   * Reads and checks every manifest in a directory.
   *
   * @param dir the manifest directory; its {@code *.yml} files are read, other files ignored
   * @return the manifests, sorted by file name
   * @throws IllegalArgumentException listing every problem of every manifest
   * @throws UncheckedIOException when the directory or a file in it cannot be read
   */
  public static Catalog read(Path dir) {
    return read(texts(dir), dir.toString());
  }

  /**
   * Reads manifests held in memory, as the directory {@code where} would hold them: file name to
   * text. Tools check a directory as it would be after their change this way, before writing.
   *
   * @param files manifest file name ({@code owner__repo.yml}) to its text
   * @param where the directory named in the error message
   * @return the manifests, sorted by file name
   * @throws IllegalArgumentException listing every problem of every manifest
   */
  public static Catalog read(SortedMap<String, String> files, String where) {
    return new ManifestReader().readAll(files, where);
  }

  /**
   * The manifests of a directory as text, unchecked, for a tool to change some and {@link
   * #read(SortedMap, String) read} the result before it writes anything.
   *
   * @param dir the manifest directory; its {@code *.yml} files are read, other files ignored
   * @return file name ({@code owner__repo.yml}) to its text, sorted by file name
   * @throws UncheckedIOException when the directory or a file in it cannot be read
   */
  public static SortedMap<String, String> texts(Path dir) {
    SortedMap<String, String> texts = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".yml")).toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifests in " + dir, e);
    }
    return texts;
  }

  private Catalog readAll(SortedMap<String, String> files, String where) {
    List<Manifest> actions = new ArrayList<>();
    files.forEach((file, text) -> {
      JsonNode root = parse(file, text);
      if (root != null) actions.add(manifest(file, root));
    });
    crossCheck(actions);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid action manifests in " + where + ":\n  " + String.join("\n  ", problems));
    }
    return new Catalog(actions);
  }

  private JsonNode parse(String file, String text) {
    try {
      JsonNode root = yaml.readTree(text);
      if (root != null && root.isObject()) return root;
      problems.add(file + ": expected a mapping at the top");
    } catch (RuntimeException e) {
      problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    return null;
  }

  private Manifest manifest(String file, JsonNode root) {
    keys(file, root, TOP_KEYS);
    String action = text(file, root, "action", true);
    String version = text(file, root, "version", true);
    String sha = text(file, root, "sha", true);
    String className = text(file, root, "class", true);
    String runtime = text(file, root, "runtime", false);
    if (runtime != null && !RUNTIME.matcher(runtime).matches()) {
      problems.add(file + ": runtime '" + runtime + "' is not nodeNN, composite or docker (runs.using of action.yml)");
    }
    if (action != null) {
      if (!ACTION.matcher(action).matches()) problems.add(file + ": action '" + action + "' is not owner/repo[/path]");
      String expected = action.replace("/", "__") + ".yml";
      if (!file.equals(expected)) problems.add(file + ": file for " + action + " must be named " + expected);
    }
    if (sha != null && !SHA.matcher(sha).matches()) problems.add(file + ": sha must be 40 lowercase hex digits");
    if (className != null && !CLASS.matcher(className).matches()) {
      problems.add(file + ": class '" + className + "' is not a usable UpperCamelCase name");
    }
    List<Input> inputs = new ArrayList<>();
    for (JsonNode node : list(file, root, "inputs")) inputs.add(input(file, node));
    List<Output> outputs = new ArrayList<>();
    for (JsonNode node : list(file, root, "outputs")) outputs.add(output(file, node));
    checkNames(file, className, inputs, outputs);
    ActionScopes scopes = ManifestScopes.read(file, root.get("permissions"), inputs, problems);
    return new Manifest(file, action, version, sha, className, runtime, inputs, outputs, scopes);
  }

  private Input input(String file, JsonNode node) {
    String name = text(file, node, "name", true);
    String where = file + ": input '" + name + "'";
    keys(where, node, INPUT_KEYS);
    String typeText = text(where, node, "type", true);
    Type type = null;
    try {
      if (typeText != null) type = Type.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": unknown type '" + typeText + "' (string, multiline, boolean, number, enum, list)");
    }
    JsonNode required = node.get("required");
    if (required == null || !required.isBoolean()) problems.add(where + ": required must be true or false");
    String defaultValue = text(where, node, "default", false);
    List<String> values = new ArrayList<>();
    for (JsonNode value : list(where, node, "values")) values.add(value.asString());
    String separator = text(where, node, "separator", false);
    String summary = text(where, node, "summary", false);
    String javaName = node.has("java") ? text(where, node, "java", true) : name == null ? null : JavaNames.camel(name);
    if (name != null && !WIRE_NAME.matcher(name).matches()) problems.add(where + ": not a kebab or snake case name");
    if (summary != null && (summary.contains("\n") || summary.contains("*/"))) problems.add(where + ": summary must be one line");
    if (type != null) checkType(where, type, defaultValue, values, separator);
    return new Input(name, javaName, type, required != null && required.booleanValue(), defaultValue, values,
        separator, text(where, node, "deprecated", false), summary);
  }

  private void checkType(String where, Type type, String defaultValue, List<String> values, String separator) {
    boolean expression = defaultValue != null && defaultValue.contains("${{");
    if ((type == Type.ENUM) == values.isEmpty()) problems.add(where + ": values are needed for enum and only for enum");
    if ((type == Type.LIST) == (separator == null || separator.isEmpty())) {
      problems.add(where + ": a separator is needed for list and only for list");
    }
    if (defaultValue == null || expression) return;
    if (type == Type.ENUM && !values.contains(defaultValue)) {
      problems.add(where + ": default '" + defaultValue + "' is not one of " + values);
    }
    if (type == Type.BOOLEAN && !defaultValue.equals("true") && !defaultValue.equals("false")) {
      problems.add(where + ": boolean default must be true or false");
    }
    if (type == Type.NUMBER && !defaultValue.matches("-?[0-9]+")) problems.add(where + ": number default must be an integer");
  }

  private Output output(String file, JsonNode node) {
    String name = text(file, node, "name", true);
    String where = file + ": output '" + name + "'";
    keys(where, node, OUTPUT_KEYS);
    if (name != null && !WIRE_NAME.matcher(name).matches()) problems.add(where + ": not a kebab or snake case name");
    String javaName = node.has("java") ? text(where, node, "java", true) : name == null ? null : JavaNames.camel(name);
    return new Output(name, javaName, text(where, node, "summary", false));
  }

  /** Method, enum and constant names must be valid and must not collide in the generated class. */
  private void checkNames(String file, String className, List<Input> inputs, List<Output> outputs) {
    Set<String> methods = new HashSet<>();
    Set<String> types = new HashSet<>(Set.of("Outputs", String.valueOf(className)));
    for (Input input : inputs) {
      String where = file + ": input '" + input.name() + "'";
      if (input.javaName() == null) continue;
      if (!JavaNames.isIdentifier(input.javaName()) || JavaNames.STEP_METHODS.contains(input.javaName())
          || JavaNames.OBJECT_METHODS.contains(input.javaName())) {
        problems.add(where + ": '" + input.javaName() + "' cannot be a method name; set java: to another name");
      }
      if (!methods.add(input.javaName())) problems.add(where + ": method " + input.javaName() + " already used; set java:");
      if (input.type() == Type.ENUM) {
        if (!types.add(JavaNames.pascal(input.javaName()))) problems.add(where + ": enum type name clashes; set java:");
        Set<String> constants = new HashSet<>();
        for (String value : input.values()) {
          if (!constants.add(JavaNames.constant(value))) problems.add(where + ": values map to the same constant");
        }
      }
    }
    Set<String> outputMethods = new HashSet<>();
    for (Output output : outputs) {
      String where = file + ": output '" + output.name() + "'";
      if (output.javaName() == null) continue;
      if (!JavaNames.isIdentifier(output.javaName()) || JavaNames.OBJECT_METHODS.contains(output.javaName())) {
        problems.add(where + ": '" + output.javaName() + "' cannot be a method name; set java:");
      }
      if (!outputMethods.add(output.javaName())) problems.add(where + ": method " + output.javaName() + " already used");
    }
  }

  private void crossCheck(List<Manifest> actions) {
    Set<String> classes = new HashSet<>();
    for (Manifest m : actions) {
      if (m.className() != null && !classes.add(m.className())) problems.add(m.file() + ": class " + m.className() + " used twice");
      if (m.action() == null) continue;
      // Refused actions are listed once, in core, where the policy rule GHA004 reads them too.
      DeprecatedActions.find(m.action()).ifPresent(d -> problems.add(m.file() + ": " + m.action()
          + " gets no binding because policy rule GHA004 refuses it (" + d.action() + " " + d.reason() + "); bind "
          + d.replacement() + " instead, or take it out of dsl/core/src/main/resources/" + DeprecatedActions.RESOURCE_PATH));
    }
  }

  private void keys(String where, JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      problems.add(where + ": expected a mapping");
      return;
    }
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) problems.add(where + ": unknown key '" + key + "'");
    }
  }

  private String text(String where, JsonNode node, String key, boolean mandatory) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (mandatory) problems.add(where + ": '" + key + "' is missing");
      return null;
    }
    if (value.isContainer()) {
      problems.add(where + ": '" + key + "' must be a single value");
      return null;
    }
    return value.asString();
  }

  private List<JsonNode> list(String where, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) return List.of();
    if (!value.isArray()) {
      problems.add(where + ": '" + key + "' must be a list");
      return List.of();
    }
    return List.copyOf(value.values());
  }
}
