package dev.gha4j.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

class ExprCodeTest {
  private final ExprCode code = new ExprCode(Map.of("build", "build"));

  private String condition(String text) {
    CodeBlock c = code.condition(text);
    return c == null ? null : c.toString().replace("dev.gha4j.expr.", "");
  }

  @Test
  void simpleConditionsBecomeBuilderCalls() {
    assertThat(condition("github.event_name == 'push'")).isEqualTo("Expr.github(\"event_name\").eq(\"push\")");
    assertThat(condition("!cancelled()")).isEqualTo("Expr.cancelled().not()");
    assertThat(condition("failure() && needs.build.result == 'failure'"))
        .isEqualTo("Expr.failure().and(build.result().eq(\"failure\"))");
    assertThat(condition("contains(github.event.pull_request.labels.*.name, 'ci')"))
        .isEqualTo("Expr.contains(Expr.github(\"event.pull_request.labels.*.name\"), Expr.literal(\"ci\"))");
    assertThat(condition("steps.tests.outputs.failed != 'true'"))
        .isEqualTo("Expr.stepOutput(\"tests\", \"failed\").ne(\"true\")");
  }

  @Test
  void textThatTheBuilderWouldRenderDifferentlyOrThatIsTooLongStaysText() {
    assertThat(condition("github.event_name=='push'")).as("spacing differs from gha4j's rendering").isNull();
    assertThat(condition("(github.ref == 'refs/heads/main')")).as("redundant parentheses").isNull();
    assertThat(condition("a == b || c == d || e == f || g == h")).as("not an expression gha4j parses").isNull();
    assertThat(condition("github.a == '1' || github.b == '2' || github.c == '3' || github.d == '4'"))
        .as("more operators than reads well").isNull();
  }

  @Test
  void aWholeValueExpressionBecomesBuilderCodeOnlyWhenItRendersTheSame() {
    assertThat(code.value("${{ secrets.TOKEN }}").toString()).isEqualTo("dev.gha4j.expr.Expr.secrets(\"TOKEN\")");
    assertThat(code.value("${{secrets.TOKEN}}")).isNull();
    assertThat(code.value("token ${{ secrets.TOKEN }}")).isNull();
    assertThat(code.required("${{ fromJson(inputs.matrix) }}").toString())
        .as("fromJson is spelled fromJSON when rendered").contains("fromJson(dev.gha4j.expr.Expr.inputs(\"matrix\"))");
  }

  @Test
  void theBuilderCodeRendersExactlyTheOriginalText() {
    List<String> conditions = List.of(
        "github.event_name == 'push'", "!cancelled()", "always()", "success() || failure()",
        "github.ref == 'refs/heads/main' && github.event_name == 'push'", "!(a.b == 'x')".replace("a.b", "github.b"),
        "needs.build.outputs.tag != ''", "needs.other.result == 'success'", "startsWith(github.ref, 'refs/tags/v')",
        "endsWith(github.head_ref, '-wip')", "matrix.os == 'windows-latest'", "inputs.dry-run",
        "vars.ENABLED == 'true'", "runner.os != 'Linux'", "env.X >= 3", "strategy.job-index < 2",
        "fromJSON(needs.build.outputs.list)[0] == 'x'", "toJSON(github.event) != ''", "hashFiles('a', 'b') != ''",
        "format('{0}-{1}', github.sha, runner.os) == 'x'", "join(github.event.commits.*.id, ',') != ''",
        "github.event.pull_request.head.repo.fork == false", "steps.x.outcome == 'failure' && job.status != 'ok'",
        "env.N == 1.5", "github.x == null",
        "case(env.A == 'x', 'one', 'two') != ''",
        "github.event.commits.*.author.name[0] == 'x'");
    List<CodeBlock> codes = new ArrayList<>();
    for (String c : conditions) {
      CodeBlock block = code.condition(c);
      assertThat(block).as("builder code for %s", c).isNotNull();
      codes.add(CodeBlock.of("$L.text()", block));
    }

    assertThat(compiledTexts(codes)).containsExactlyElementsOf(conditions);
  }

  @SuppressWarnings("unchecked")
  private static List<String> compiledTexts(List<CodeBlock> codes) {
    ClassName job = ClassName.get("dev.gha4j.model", "Job");
    TypeSpec type = TypeSpec.classBuilder("Exprs")
        .addModifiers(Modifier.PUBLIC)
        .addMethod(MethodSpec.methodBuilder("texts")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)))
            .addStatement("$T build = $T.builder($S).build()", job, job, "build")
            .addStatement("return $T.of$L", List.class, Layout.args(codes))
            .build())
        .build();
    String source = JavaFile.builder("exprs", type).build().toString();
    Javac javac = Javac.into(List.of());
    assertThat(javac.compile(Map.of("exprs/Exprs.java", source))).as(source).isEmpty();
    try {
      return (List<String>) javac.loader().loadClass("exprs.Exprs").getMethod("texts").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
