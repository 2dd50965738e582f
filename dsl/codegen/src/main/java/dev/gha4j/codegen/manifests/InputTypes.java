package dev.gha4j.codegen.manifests;

import dev.gha4j.codegen.JavaNames;
import dev.gha4j.codegen.Manifest.Type;
import dev.gha4j.codegen.manifests.ActionMetadata.ActionInput;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers an input's Java type from its {@code action.yml} entry, only where the metadata leaves no
 * doubt; everything else is a {@code string}, which always works. In order:
 * <ol>
 *   <li>a list, when the description says how items are separated (newline, comma, whitespace);
 *   <li>an enum, when the description lists the values ({@link ValueLists}) and the default is one
 *       of them (a list of exactly {@code true}, {@code false} is a boolean);
 *   <li>a boolean, when the default is {@code true} or {@code false};
 *   <li>a number, when the default is a whole number, unless the name says version, id, sha, ref
 *       or tag (a version {@code 3} must also accept {@code 3.12});
 *   <li>a string.
 * </ol>
 */
public final class InputTypes {
  private static final Pattern NEWLINE = Pattern.compile("(?i)new[- ]?lines?[- ](?:separated|delimited)|separated "
      + "(?:by|with) new[- ]?lines?|one per line|multi-?line (?:string )?list|line[- ](?:separated|delimited)");
  private static final Pattern COMMA = Pattern.compile("(?i)comma[- ]?(?:separated|delimited)|separated by commas?");
  private static final Pattern WHITESPACE = Pattern.compile("(?i)(?:white)?space[- ]?(?:separated|delimited)");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,17}");
  private static final Pattern NOT_A_COUNT = Pattern.compile("(?i)version|(^|[-_])(ids?|sha|ref|tag)([-_]|$)");

  private InputTypes() {}

  /**
   * An input's inferred type.
   *
   * @param type      the type
   * @param values    enum only: the allowed values
   * @param separator list only: what joins the items
   */
  public record Typed(Type type, List<String> values, String separator) {
    /**
     * Copies the values.
     *
     * @param type      the type
     * @param values    enum only: the values
     * @param separator list only: the separator
     */
    public Typed {
      values = List.copyOf(values);
    }

    static Typed of(Type type) {
      return new Typed(type, List.of(), null);
    }
  }

  /**
   * The type of an input, from its default and its description.
   *
   * @param input the input as {@code action.yml} declares it
   * @return its type, {@code string} unless the metadata is unambiguous
   */
  public static Typed infer(ActionInput input) {
    String description = input.description();
    String separator = NEWLINE.matcher(description).find() ? "\n"
        : COMMA.matcher(description).find() ? ","
        : WHITESPACE.matcher(description).find() ? " " : null;
    if (separator != null) return new Typed(Type.LIST, List.of(), separator);
    String byDefault = input.defaultValue();
    Optional<List<String>> values = ValueLists.find(description);
    if (values.isPresent() && fits(values.get(), byDefault)) {
      return Set.copyOf(values.get()).equals(Set.of("true", "false")) ? Typed.of(Type.BOOLEAN)
          : new Typed(Type.ENUM, values.get(), null);
    }
    if ("true".equals(byDefault) || "false".equals(byDefault)) return Typed.of(Type.BOOLEAN);
    if (byDefault != null && WHOLE_NUMBER.matcher(byDefault).matches() && !NOT_A_COUNT.matcher(input.name()).find()) {
      return Typed.of(Type.NUMBER);
    }
    return Typed.of(Type.STRING);
  }

  /** The default is among the values (or an expression, or absent), and the values make distinct constants. */
  private static boolean fits(List<String> values, String byDefault) {
    boolean defaultFits = byDefault == null || byDefault.contains("${{") || values.contains(byDefault);
    Set<String> constants = new HashSet<>();
    for (String value : values) {
      if (!constants.add(JavaNames.constant(value))) return false;
    }
    return defaultFits;
  }
}
