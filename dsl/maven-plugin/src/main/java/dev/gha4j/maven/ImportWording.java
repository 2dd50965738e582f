package dev.gha4j.maven;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The importer's defaults and messages as a Maven user needs them. The importer speaks in
 * gha4j's own repository's terms ({@code FORCE=1}, {@code make generate}); here the same advice
 * names the plugin's properties and goals.
 */
final class ImportWording {
  private ImportWording() {}

  /** {@code com.example} becomes {@code com.example.workflows}; characters no package allows become {@code _}. */
  static String defaultPackage(String groupId) {
    StringBuilder pkg = new StringBuilder();
    for (String segment : groupId.toLowerCase(Locale.ROOT).split("\\.")) {
      String clean = segment.replaceAll("[^a-z0-9_]", "_");
      if (clean.isEmpty() || Character.isDigit(clean.charAt(0))) clean = "_" + clean;
      pkg.append(clean).append('.');
    }
    return pkg.append("workflows").toString();
  }

  /** A lower-case Java package name that is no keyword, as the importer accepts. */
  static boolean isPackageName(String name) {
    return name.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*") && SourceVersion.isName(name);
  }

  /** One line the importer printed, with its advice in Maven's terms. */
  static String forMaven(String line) {
    return line.replace("(exists; FORCE=1 to overwrite)", "(exists; -Dgha4j.force to overwrite)")
        .replace("Add the new classes to your list of workflow sources, then run `make generate`.",
            "Run `mvn gha4j:generate` to generate them (if you set <workflows>, add them to that list first).");
  }
}
