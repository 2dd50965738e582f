package dev.gha4j.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gha4j.emit.WorkflowYaml;
import dev.gha4j.expr.Expr;
import dev.gha4j.model.Job;
import dev.gha4j.model.Step;
import dev.gha4j.model.Trigger;
import dev.gha4j.model.Workflow;
import dev.gha4j.source.Gha4jException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the bindings put into the model and the YAML. */
class BindingBehaviourTest {
  private static final String CHECKOUT_SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";

  @Test
  void checkoutStepUsesThePinnedShaAndTheTypedInput() {
    Step step = Checkout.of().persistCredentials(false).toStep();

    assertThat(step.uses()).isEqualTo("actions/checkout@" + CHECKOUT_SHA);
    assertThat(step.action()).isEqualTo(Checkout.REF);
    assertThat(step.with()).containsOnlyKeys("persist-credentials");
    assertThat(step.with().get("persist-credentials").text()).isEqualTo("false");
  }

  @Test
  void checkoutRendersAsShaPinnedUsesWithTheVersionComment() {
    Workflow workflow = Workflow.builder("ci").on(Trigger.push())
        .jobs(Job.builder("build").runsOn("ubuntu-latest")
            .steps(Checkout.of().persistCredentials(false).fetchDepth(0)).build())
        .build();

    assertThat(WorkflowYaml.render(workflow, List.of()))
        .contains("uses: actions/checkout@" + CHECKOUT_SHA + " # v7.0.1")
        .contains("persist-credentials: false")
        .contains("fetch-depth: 0");
  }

  @Test
  void factoryArgumentsSetTheRequiredInputs() {
    Step step = AmazonEcsRenderTaskDefinition.of("app", Expr.stepOutput("build", "image")).toStep();

    assertThat(step.with().get("container-name").text()).isEqualTo("app");
    assertThat(step.with().get("image").text()).isEqualTo("${{ steps.build.outputs.image }}");
  }

  @Test
  void listInputsAreJoinedWithTheirSeparator() {
    assertThat(UploadArtifact.of("dist/").path("a.jar", "b.jar").toStep().with().get("path").text())
        .isEqualTo("a.jar\nb.jar");
    assertThat(Trivy.of().severity("HIGH", "CRITICAL").toStep().with().get("severity").text())
        .isEqualTo("HIGH,CRITICAL");
  }

  @Test
  void enumInputsWriteTheirWireValue() {
    assertThat(UploadArtifact.of("dist/").ifNoFilesFound(UploadArtifact.IfNoFilesFound.ERROR).toStep()
        .with().get("if-no-files-found").text()).isEqualTo("error");
    assertThat(SetupJava.of().javaPackage(SetupJava.JavaPackage.JDK_FX).toStep().with().get("java-package").text())
        .isEqualTo("jdk+fx");
  }

  @Test
  void outputsAreStepOutputExpressionsOfTheStepId() {
    AmazonEcrLogin login = AmazonEcrLogin.of().id("ecr");

    assertThat(login.outputs().registry().toString()).isEqualTo("${{ steps.ecr.outputs.registry }}");
    assertThat(login.toStep().id()).isEqualTo("ecr");
  }

  @Test
  void outputsWithoutAnIdFailAtThePipelineLineWithAHintToSetOne() {
    AmazonEcrLogin login = AmazonEcrLogin.of(); int line = new Throwable().getStackTrace()[0].getLineNumber();

    assertThatThrownBy(login::outputs)
        .isInstanceOf(Gha4jException.class)
        .hasMessageStartingWith("BindingBehaviourTest.java:" + line + ": ")
        .hasMessageContaining("call .id(\"...\")");
  }

  @Test
  void stepLocationIsThePipelineLineNotTheGeneratedClass() {
    Checkout checkout = Checkout.of(); int line = new Throwable().getStackTrace()[0].getLineNumber();

    assertThat(checkout.toStep().location().toString()).isEqualTo("BindingBehaviourTest.java:" + line);
  }

  @Test
  void stepLevelSettingsReachTheStep() {
    Step step = Checkout.of().id("co").name("Check out").when(Expr.github("event_name").eq("push"))
        .env("A", "b").timeoutMinutes(5).continueOnError(true).toStep();

    assertThat(step.id()).isEqualTo("co");
    assertThat(step.name()).isEqualTo("Check out");
    assertThat(step.condition()).isEqualTo(dev.gha4j.model.Scalar.of(Expr.github("event_name").eq("push")));
    assertThat(step.env()).containsEntry("A", dev.gha4j.model.Scalar.of("b"));
    assertThat(step.timeoutMinutes().text()).isEqualTo("5");
    assertThat(step.continueOnError().text()).isEqualTo("true");
  }
}
