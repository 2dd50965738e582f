package dev.gha4j.model;

import java.util.List;

/**
 * An input of {@code workflow_dispatch} (all types) or {@code workflow_call} (string, boolean,
 * number). Read it in the workflow with {@link #ref()}.
 */
public record Input(
    String name, Type type, String description, boolean isRequired, Scalar defaultValue, List<String> options) {

  /** The input types GitHub offers. */
  public enum Type {
    STRING("string"), BOOLEAN("boolean"), NUMBER("number"), CHOICE("choice"), ENVIRONMENT("environment");

    private final String wire;

    Type(String wire) { this.wire = wire; }

    public String wire() { return wire; }
  }

  public Input {
    options = List.copyOf(options);
  }

  public static Input string(String name) { return new Input(name, Type.STRING, null, false, null, List.of()); }
  public static Input bool(String name) { return new Input(name, Type.BOOLEAN, null, false, null, List.of()); }
  public static Input number(String name) { return new Input(name, Type.NUMBER, null, false, null, List.of()); }
  /** A drop-down; {@code workflow_dispatch} only. */
  public static Input choice(String name, String... options) {
    return new Input(name, Type.CHOICE, null, false, null, List.of(options));
  }
  /** A deployment environment picker; {@code workflow_dispatch} only. */
  public static Input environment(String name) { return new Input(name, Type.ENVIRONMENT, null, false, null, List.of()); }

  public Input description(String text) { return new Input(name, type, text, isRequired, defaultValue, options); }
  public Input required() { return new Input(name, type, description, true, defaultValue, options); }
  public Input defaultValue(String value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }
  public Input defaultValue(boolean value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }
  public Input defaultValue(long value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }

  /** {@code ${{ inputs.<name> }}}. */
  public dev.gha4j.expr.Expr ref() { return dev.gha4j.expr.Expr.inputs(name); }
}
