package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.JavaNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names for a new binding: its class, and a method per input and output. */
final class BindingNames {
  /** Simple names the generated class refers to, which the class itself must not take. */
  private static final Set<String> RESERVED = Set.of("Outputs", "String", "Object", "Override", "Deprecated",
      "Objects", "List", "Long", "Boolean", "Expr", "Step", "StepSource", "ActionRef", "SourceLocation",
      "Gha4jException", "RuleRef", "Raw", "IllegalArgumentException");
  /** Words repository names add that say nothing in a class name: {@code trivy-action}, {@code gh-action-pip-audit}. */
  private static final List<List<String>> AFFIXES = List.of(List.of("github", "action"), List.of("gh", "action"),
      List.of("actions"), List.of("action"));

  private BindingNames() {}

  /**
   * The class for {@code action}: {@code Hello} for {@code acme/hello}, {@code CodeqlInit} for
   * {@code github/codeql-action/init}, {@code Trivy} for {@code aquasecurity/trivy-action}; the
   * owner goes in front when that name is taken ({@code AcmeSetupNode}).
   *
   * @throws ActionsException when even that name is taken
   */
  static String className(ActionName action, Set<String> taken) {
    List<String> words = new ArrayList<>(strip(words(action.repo())));
    words.addAll(words(action.path()));
    String name = pascal(words);
    String owned = pascal(words(action.owner())) + name;
    for (String candidate : List.of(name, owned)) {
      if (!candidate.isEmpty() && Character.isLetter(candidate.charAt(0)) && !RESERVED.contains(candidate)
          && !taken.contains(candidate)) {
        return candidate;
      }
    }
    throw new ActionsException("no free class name for " + action + " (" + name + " and " + owned
        + " are taken); choose one: CLASS=<UpperCamelCase name>");
  }

  /** The method of input {@code wire}: its lowerCamelCase, or with {@code Input} added where that is taken. */
  static String inputMethod(String wire, Set<String> used) {
    String camel = JavaNames.camel(wire);
    return free(camel, "Input", used, JavaNames.isFreeInputMethod(camel));
  }

  /** The method of output {@code wire} in {@code Outputs}. */
  static String outputMethod(String wire, Set<String> used) {
    String camel = JavaNames.camel(wire);
    return free(camel, "Output", used, JavaNames.isFreeOutputMethod(camel));
  }

  private static String free(String camel, String suffix, Set<String> used, boolean usable) {
    if (usable && !used.contains(camel)) return camel;
    String name = camel + suffix;
    for (int n = 2; used.contains(name); n++) name = camel + suffix + n;
    return name;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> strip(List<String> words) {
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    for (List<String> affix : AFFIXES) {
      int n = affix.size();
      if (words.size() > n && lower.subList(0, n).equals(affix)) return strip(words.subList(n, words.size()));
      if (words.size() > n && lower.subList(words.size() - n, words.size()).equals(affix)) {
        return strip(words.subList(0, words.size() - n));
      }
    }
    return words;
  }

  private static String pascal(List<String> words) {
    StringBuilder name = new StringBuilder();
    for (String w : words) name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    return name.toString();
  }
}
