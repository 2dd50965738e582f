package dev.gha4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gha4j.expr.Expr;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Expressions stay typed in the model, specs are made only by their builders, and traps do not compile. */
class TypedModelTest {

  private static final Expr ARN = Expr.stepOutput("register", "arn");

  @Test
  void anExpressionGivenAsAnExprStaysAnExprInEveryPlaceThatTakesOne() {
    Step step = Step.run("deploy").id("deploy").env("ARN", ARN).when(Expr.success()).build();
    Job job = Job.builder("deploy").env("ARN", ARN).output("arn", ARN).when(Expr.failure())
        .service("db", Container.image("postgres").env("PASSWORD", Expr.secrets("DB")))
        .container(Container.image("app").credentials(Credentials.of(Expr.github("actor"), Expr.secrets("TOKEN"))))
        .steps(step).build();
    Workflow w = Workflow.builder("ci").env("SHA", Expr.github("sha")).jobs(job).build();

    assertThat(step.env().get("ARN")).isEqualTo(new Scalar.Expression(ARN));
    assertThat(step.condition()).isEqualTo(new Scalar.Expression(Expr.success()));
    assertThat(job.env().get("ARN")).isEqualTo(new Scalar.Expression(ARN));
    assertThat(job.outputs().get("arn")).isEqualTo(new Scalar.Expression(ARN));
    assertThat(job.condition()).isEqualTo(new Scalar.Expression(Expr.failure()));
    assertThat(job.services().get("db").env().get("PASSWORD")).isEqualTo(new Scalar.Expression(Expr.secrets("DB")));
    assertThat(job.container().credentials().password()).isEqualTo(new Scalar.Expression(Expr.secrets("TOKEN")));
    assertThat(w.env().get("SHA")).isEqualTo(new Scalar.Expression(Expr.github("sha")));
    Matrix m = Matrix.axis("v", Expr.fromJson(Expr.inputs("versions"))).include(Expr.fromJson(Expr.inputs("extra")));
    assertThat(m.axisExpressions().get("v")).isEqualTo(Expr.fromJson(Expr.inputs("versions")));
    assertThat(m.includeExpression()).isEqualTo(Expr.fromJson(Expr.inputs("extra")));
    assertThat(Matrix.fromExpression(ARN).expression()).isEqualTo(ARN);
  }

  @Test
  void textKeepsItsKindAndRendersAsGitHubSeesIt() {
    assertThat(Scalar.of("x ${{ github.sha }}")).isInstanceOf(Scalar.Text.class);
    assertThat(Scalar.of(true).text()).isEqualTo("true");
    assertThat(Scalar.of(42).text()).isEqualTo("42");
    assertThat(Scalar.of(ARN).text()).isEqualTo("${{ steps.register.outputs.arn }}");
  }

  @Test
  void aConditionIsUnwrappedOnlyWhenOneExpressionIsAllOfIt() {
    assertThat(Job.builder("a").when("${{ github.ref == 'x' }}").build().condition())
        .isEqualTo(Scalar.of("github.ref == 'x'"));
    // Text outside the braces makes GitHub read a string, which is always true: kept, not hidden.
    assertThat(Job.builder("a").when("${{ false }} ").build().condition()).isEqualTo(Scalar.of("${{ false }} "));
    assertThat(Step.run("x").when("${{ a }} && ${{ b }}").build().condition())
        .isEqualTo(Scalar.of("${{ a }} && ${{ b }}"));
  }

  @Test
  void workflowsJobsAndStepsAreMadeOnlyByTheirBuilders() {
    for (Class<?> spec : List.of(Workflow.class, Job.class, Step.class)) {
      assertThat(Arrays.stream(spec.getDeclaredConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers())))
          .as(spec.getSimpleName()).isTrue();
    }
  }

  @Test
  void toBuilderMakesAnEqualCopyThatCanBeChanged() {
    Step step = Step.run("make").id("build").env("A", "1").build();
    Job job = Job.builder("build").runsOn("ubuntu-latest").timeoutMinutes(5).steps(step).build();
    Workflow w = Workflow.builder("ci").on(Trigger.push()).jobs(job).build();

    assertThat(step.toBuilder().build()).isEqualTo(step).hasSameHashCodeAs(step);
    assertThat(job.toBuilder().build()).isEqualTo(job).hasSameHashCodeAs(job);
    assertThat(w.toBuilder().build()).isEqualTo(w).hasSameHashCodeAs(w);

    Job longer = job.toBuilder().timeoutMinutes(30).build();
    assertThat(longer.timeoutMinutes()).isEqualTo(Scalar.of(30));
    assertThat(job.timeoutMinutes()).isEqualTo(Scalar.of(5));
    assertThat(longer.location()).isEqualTo(job.location());
    assertThat(w.toBuilder().jobs(longer).build().jobs()).containsExactly(job, longer);
    assertThat(step.toBuilder().env("B", "2").build().env()).containsOnlyKeys("A", "B");
  }

  @Test
  void aStaticMatrixEntryPointCalledThroughAnInstanceDoesNotCompile() {
    String source = """
        import dev.gha4j.model.Matrix;
        class Trap {
          Matrix m = Matrix.axis("python", "3.11").axis("os", "ubuntu-latest");
        }
        """;
    JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///Trap.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    var javac = ToolProvider.getSystemJavaCompiler();
    var fileManager = javac.getStandardFileManager(diagnostics, null, null);
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-d",
        System.getProperty("java.io.tmpdir"));
    boolean compiled = javac.getTask(null, fileManager, diagnostics, options, null, List.of(file)).call();

    assertThat(compiled).isFalse();
    assertThat(diagnostics.getDiagnostics()).anySatisfy(d ->
        assertThat(d.getMessage(java.util.Locale.ROOT)).contains("static interface method"));
  }
}
