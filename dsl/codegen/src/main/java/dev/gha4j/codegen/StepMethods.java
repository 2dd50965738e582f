package dev.gha4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** The step-level methods every binding has, each delegating to core's {@code Step.Builder}. */
final class StepMethods {
  private static final ClassName EXPR = ActionClassWriter.EXPR;
  private static final ClassName STRING = ActionClassWriter.STRING;
  private static final ClassName RULE_REF = ClassName.get("dev.gha4j.model", "RuleRef");
  private static final ClassName RAW = ClassName.get("dev.gha4j.model", "Raw");

  private StepMethods() {}

  static void add(TypeSpec.Builder type, ClassName self) {
    type.addMethod(method(self, "id", "Step {@code id}; needed before {@code outputs()} can be used.")
        .addParameter(STRING, "id")
        .addJavadoc("@param id unique among the job's steps; later steps read outputs through it\n")
        .addStatement("this.id = $T.requireNonNull(id, $S)", Objects.class, "id")
        .addStatement("step.id(id)")
        .addStatement("return this")
        .build());
    type.addMethod(delegate(self, "name", "Step {@code name} shown in the GitHub UI.",
        STRING, "name", "what the run's log calls the step"));
    type.addMethod(delegate(self, "when", "Step {@code if:} as expression text; {@code ${{ }}} around it is optional.",
        STRING, "condition", "e.g. {@code github.ref == 'refs/heads/main'}"));
    type.addMethod(delegate(self, "when", "Step {@code if:} as a typed expression.",
        EXPR, "condition", "the step runs when it is true"));
    type.addMethod(delegate(self, "env", "A step environment variable.",
        STRING, "variable", "the variable's name", STRING, "value", "its value; may embed {@code ${{ }}}"));
    type.addMethod(delegate(self, "env", "A step environment variable set from an expression.",
        STRING, "variable", "the variable's name", EXPR, "value", "evaluated by GitHub before the step runs"));
    type.addMethod(delegate(self, "continueOnError", "Step {@code continue-on-error}.",
        TypeName.BOOLEAN, "value", "true lets the job go on when this step fails"));
    type.addMethod(delegate(self, "continueOnError", "Step {@code continue-on-error} as an expression.",
        EXPR, "value", "evaluates to true or false"));
    type.addMethod(delegate(self, "timeoutMinutes", "Step {@code timeout-minutes}.",
        TypeName.INT, "minutes", "how long the step may run before GitHub cancels it"));
    type.addMethod(delegate(self, "timeoutMinutes", "Step {@code timeout-minutes} as an expression.",
        EXPR, "minutes", "evaluates to the number of minutes"));
    type.addMethod(delegate(self, "allow", "Switches off one policy rule for this step; the reason is mandatory.",
        RULE_REF, "rule", "the rule, e.g. {@code Rule.GHA001}", STRING, "reason",
        "why the rule does not apply here; written next to the step in the YAML"));
    type.addMethod(delegate(self, "escapeHatch", "Escape hatch for a step key gha4j does not model yet.",
        STRING, "key", "the key as GitHub spells it", RAW, "value", "its YAML value"));
  }

  /**
   * {@code name(TypeA a, TypeB b)} calling {@code step.name(a, b)}; params come in threes: type,
   * name and the text of its {@code @param}.
   */
  private static MethodSpec delegate(ClassName self, String name, String doc, Object... params) {
    MethodSpec.Builder method = method(self, name, doc);
    StringBuilder args = new StringBuilder();
    for (int i = 0; i < params.length; i += 3) {
      method.addParameter((TypeName) params[i], (String) params[i + 1]);
      method.addJavadoc("@param $L $L\n", params[i + 1], params[i + 2]);
      args.append(i == 0 ? "" : ", ").append(params[i + 1]);
    }
    return method.addStatement("step.$L($L)", name, args).addStatement("return this").build();
  }

  private static MethodSpec.Builder method(ClassName self, String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addJavadoc("$L\n\n@return this binding\n", doc);
  }
}
