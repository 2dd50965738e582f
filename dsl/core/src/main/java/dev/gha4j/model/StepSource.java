package dev.gha4j.model;

/**
 * Anything a job accepts as a step: a built {@link Step}, a {@link Step.Builder}, or a typed action
 * binding such as {@code Checkout.of()}. Lets pipelines skip a {@code .build()} per step.
 */
public interface StepSource {
  /** {@return the immutable step this source stands for, built now if the source is a builder} */
  Step toStep();
}
