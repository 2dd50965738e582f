package dev.gha4j.validate;

import java.util.regex.Pattern;

/** GitHub's rule for job and step ids: a letter or {@code _}, then letters, digits, {@code -}, {@code _}. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private Ids() {}

  static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** A plain file name, with or without {@code .yml}/{@code .yaml}, that is not only the extension. */
  static boolean validFile(String file) {
    return file != null && FILE.matcher(file).matches() && !file.equals(".yml") && !file.equals(".yaml");
  }

  static String rule() {
    return "must start with a letter or '_' and contain only letters, digits, '-' and '_'";
  }
}
