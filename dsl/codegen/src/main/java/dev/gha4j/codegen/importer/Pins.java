package dev.gha4j.codegen.importer;

import static dev.gha4j.codegen.importer.Literals.string;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import dev.gha4j.codegen.JavaNames;
import dev.gha4j.model.ActionRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * SHA-pinned actions without a typed binding, as one constant each
 * ({@code private static final ActionRef CHECKOUT = new ActionRef("actions/checkout", "<sha>", "v6.0.2")}),
 * so a step reads {@code Step.uses(CHECKOUT)} and a version bump is one line.
 */
final class Pins {
  static final ClassName ACTION_REF = ClassName.get("dev.gha4j.model", "ActionRef");

  private final Map<ActionRef, String> names = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The constant for {@code ref}, made on first use. */
  String constant(ActionRef ref) {
    return names.computeIfAbsent(ref, r -> {
      String repository = r.repository();
      String base = JavaNames.constant(repository.substring(repository.indexOf('/') + 1));
      String name = used.contains(base) ? JavaNames.constant(repository) : base;
      String unique = name;
      for (int n = 2; !used.add(unique); n++) unique = name + "_" + n;
      return unique;
    });
  }

  /** The constants, in order of first use. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    names.forEach((ref, name) -> fields.add(FieldSpec.builder(ACTION_REF, name, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$Znew $T($L, $L, $L)", ACTION_REF, string(ref.repository()), string(ref.sha()), string(ref.version()))
        .build()));
    return fields;
  }
}
