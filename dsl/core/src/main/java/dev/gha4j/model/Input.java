package dev.gha4j.model;

import java.util.List;

/**
 * An input of {@code workflow_dispatch} (all types) or {@code workflow_call} (string, boolean,
 * number). Read it in the workflow with {@link #ref()}. Immutable; each method returns a changed copy.
 *
 * @param name         the key under {@code inputs:}, read as {@code inputs.<name>}
 * @param type         {@code type:}
 * @param description  {@code description:}, or null
 * @param isRequired   {@code required:}; GitHub's default is false
 * @param defaultValue {@code default:}, or null
 * @param options      {@code options:} of a {@link Type#CHOICE} input; empty for other types
 */
public record Input(
    String name, Type type, String description, boolean isRequired, Scalar defaultValue, List<String> options) {

  /** The input types GitHub offers. */
  public enum Type {
    /** Free text. */
    STRING("string"),
    /** A check box; read as {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** A number field. */
    NUMBER("number"),
    /** A drop-down of {@code options}; {@code workflow_dispatch} only. */
    CHOICE("choice"),
    /** A picker of the repository's deployment environments; {@code workflow_dispatch} only. */
    ENVIRONMENT("environment");

    private final String wire;

    Type(String wire) { this.wire = wire; }

    /** {@return the YAML spelling under {@code type:}, e.g. {@code choice}} */
    public String wire() { return wire; }
  }

  /**
   * Copies the options.
   *
   * @param name         the key under {@code inputs:}
   * @param type         {@code type:}
   * @param description  {@code description:}, or null
   * @param isRequired   {@code required:}
   * @param defaultValue {@code default:}, or null
   * @param options      {@code options:} of a choice input; empty for other types
   */
  public Input {
    options = List.copyOf(options);
  }

  /**
   * {@return an optional text input}
   *
   * @param name the key under {@code inputs:}, read as {@code inputs.<name>}
   */
  public static Input string(String name) { return new Input(name, Type.STRING, null, false, null, List.of()); }

  /**
   * {@return an optional boolean input}
   *
   * @param name the key under {@code inputs:}, read as {@code inputs.<name>}
   */
  public static Input bool(String name) { return new Input(name, Type.BOOLEAN, null, false, null, List.of()); }

  /**
   * {@return an optional number input}
   *
   * @param name the key under {@code inputs:}, read as {@code inputs.<name>}
   */
  public static Input number(String name) { return new Input(name, Type.NUMBER, null, false, null, List.of()); }

  /**
   * {@return a drop-down input; {@code workflow_dispatch} only}
   *
   * @param name    the key under {@code inputs:}, read as {@code inputs.<name>}
   * @param options the entries offered, in order; a default must be one of them
   */
  public static Input choice(String name, String... options) {
    return new Input(name, Type.CHOICE, null, false, null, List.of(options));
  }

  /**
   * {@return a deployment environment picker; {@code workflow_dispatch} only}
   *
   * @param name the key under {@code inputs:}, read as {@code inputs.<name>}
   */
  public static Input environment(String name) { return new Input(name, Type.ENVIRONMENT, null, false, null, List.of()); }

  /**
   * {@return this input with a {@code description:}, shown next to the field}
   *
   * @param text one line of help for whoever runs or calls the workflow
   */
  public Input description(String text) { return new Input(name, type, text, isRequired, defaultValue, options); }

  /** {@return this input with {@code required: true}: a run or call without it is refused} */
  public Input required() { return new Input(name, type, description, true, defaultValue, options); }

  /**
   * {@return this input with a text {@code default:}}
   *
   * @param value used when the input is not given
   */
  public Input defaultValue(String value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }

  /**
   * {@return this input with a boolean {@code default:}}
   *
   * @param value used when the input is not given
   */
  public Input defaultValue(boolean value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }

  /**
   * {@return this input with a number {@code default:}}
   *
   * @param value used when the input is not given
   */
  public Input defaultValue(long value) { return new Input(name, type, description, isRequired, Scalar.of(value), options); }

  /** {@return {@code ${{ inputs.<name> }}}, to read the input in the workflow} */
  public dev.gha4j.expr.Expr ref() { return dev.gha4j.expr.Expr.inputs(name); }
}
