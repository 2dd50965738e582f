package dev.gha4j.codegen;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Wire names to Java names, as the binding generator makes them (the importer names the same things). */
public final class JavaNames {
  /** Methods of {@link Object}: no generated method may take these names. */
  static final Set<String> OBJECT_METHODS = Set.of(
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Methods every binding has: an input with one of these names needs a {@code java:} name. */
  static final Set<String> STEP_METHODS = Set.of(
      "of", "id", "name", "when", "env", "continueOnError", "timeoutMinutes", "allow", "escapeHatch",
      "outputs", "toStep");

  private JavaNames() {}

  /**
   * A wire name in lowerCamelCase: {@code persist-credentials} and {@code base_sha} to {@code
   * persistCredentials}, {@code baseSha}. Only {@code -} and {@code _} separate words; the rest
   * of each word is kept as it is.
   *
   * @param wire an input, output or option name as an action spells it
   * @return the name without separators, each word after the first capitalised; not checked to be
   *     a Java identifier (see {@link #isIdentifier})
   */
  public static String camel(String wire) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : wire.toCharArray()) {
      if (c == '-' || c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /**
   * A wire name in UpperCamelCase, for a class name: {@code if-no-files-found} to {@code
   * IfNoFilesFound}.
   *
   * @param wire a name with at least one letter or digit besides {@code -} and {@code _}
   * @return {@link #camel} of it with the first letter capitalised
   */
  public static String pascal(String wire) {
    String camel = camel(wire);
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /**
   * A value as an enum constant: {@code jdk+fx} to {@code JDK_FX}, {@code 10} to {@code V10}.
   *
   * @param value an allowed value of an enum input, or any other text
   * @return upper case, each run of characters other than letters and digits one {@code _} (none at
   *     either end), prefixed with {@code V} when it would start with a digit or be empty
   */
  public static String constant(String value) {
    String upper = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    return upper.isEmpty() || Character.isDigit(upper.charAt(0)) ? "V" + upper : upper;
  }

  /**
   * Whether an input's method may take a name: a Java identifier that is neither a method every
   * binding has ({@code id}, {@code env}, {@code toStep}, ...) nor one of {@link Object}'s.
   *
   * @param name the method name an input would get
   * @return true when a binding can have a method of that name for the input
   */
  public static boolean isFreeInputMethod(String name) {
    return isIdentifier(name) && !STEP_METHODS.contains(name) && !OBJECT_METHODS.contains(name);
  }

  /**
   * Whether an output's method may take a name: a Java identifier that is not one of {@link
   * Object}'s methods (outputs live on their own class, so the step methods do not clash).
   *
   * @param name the method name an output would get
   * @return true when the outputs class can have a method of that name
   */
  public static boolean isFreeOutputMethod(String name) {
    return isIdentifier(name) && !OBJECT_METHODS.contains(name);
  }

  /**
   * Whether javac accepts a name for a variable or method.
   *
   * @param name a candidate name
   * @return true for an identifier that is not a keyword (nor {@code true}, {@code false},
   *     {@code null}) of the running Java version
   */
  public static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }
}
