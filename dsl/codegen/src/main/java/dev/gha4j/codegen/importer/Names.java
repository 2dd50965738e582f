package dev.gha4j.codegen.importer;

import dev.gha4j.codegen.JavaNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Java names for what the YAML names: the class for a file, a variable and method per job. */
final class Names {
  /** Method names a job method must not take: the class's own and those of {@code Object}. */
  private static final Set<String> TAKEN = Set.of("workflow", "equals", "hashCode", "toString", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize");

  private Names() {}

  /** {@code ci.yml} to {@code CiWorkflow}, {@code release-drafter.yaml} to {@code ReleaseDrafterWorkflow}. */
  static String className(String file) {
    String base = file.replaceFirst("\\.(yml|yaml)$", "");
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : base.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) out.insert(0, "Imported");
    return out + "Workflow";
  }

  /** A distinct lowerCamelCase variable per job id, in the order given. */
  static Map<String, String> jobVariables(List<String> ids) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String id : ids) {
      String base = JavaNames.camel(id.replaceAll("[^A-Za-z0-9_-]", "-"));
      if (base.isEmpty() || !JavaNames.isIdentifier(base) || Character.isUpperCase(base.charAt(0))) {
        base = base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "job" + JavaNames.pascal(base.isEmpty() ? "x" : base)
            : Character.toLowerCase(base.charAt(0)) + base.substring(1);
      }
      if (!JavaNames.isIdentifier(base) || TAKEN.contains(base)) base = base + "Job";
      String name = base;
      for (int n = 2; !used.add(name); n++) name = base + n;
      names.put(id, name);
    }
    return names;
  }
}
