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

  /** {@code persist-credentials} and {@code base_sha} to {@code persistCredentials}, {@code baseSha}. */
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

  /** {@code if-no-files-found} to {@code IfNoFilesFound}. */
  public static String pascal(String wire) {
    String camel = camel(wire);
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /** {@code jdk+fx} to {@code JDK_FX}, {@code 10} to {@code V10}. */
  public static String constant(String value) {
    String upper = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    return upper.isEmpty() || Character.isDigit(upper.charAt(0)) ? "V" + upper : upper;
  }

  /** A name an input's method may take: a Java identifier no binding already uses for something else. */
  public static boolean isFreeInputMethod(String name) {
    return isIdentifier(name) && !STEP_METHODS.contains(name) && !OBJECT_METHODS.contains(name);
  }

  /** A name an output's method may take. */
  public static boolean isFreeOutputMethod(String name) {
    return isIdentifier(name) && !OBJECT_METHODS.contains(name);
  }

  /** A name javac accepts for a variable or method. */
  public static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }
}
