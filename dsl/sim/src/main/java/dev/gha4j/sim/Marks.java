package dev.gha4j.sim;

import java.util.stream.Collectors;

/** The text form of reports: a mark per conclusion, and indented blocks. */
final class Marks {
  private Marks() {}

  static String of(Conclusion c) {
    return switch (c) {
      case SUCCESS -> "[ok]     ";
      case FAILURE -> "[FAILED] ";
      case CANCELLED -> "[cancel] ";
      case SKIPPED -> "[skip]   ";
    };
  }

  static String indent(String text, String prefix) {
    return text.lines().map(l -> prefix + l).collect(Collectors.joining("\n"));
  }
}
