package dev.gha4j.review;

import java.util.Locale;

/** What the {@code GITHUB_TOKEN} may do with one permission scope, from least to most power. */
enum Access {
  NONE, READ, WRITE;

  /** The level spelled {@code word} ({@code read}, {@code write}, {@code none}), or null for anything else. */
  static Access parse(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "none" -> NONE;
      case "read" -> READ;
      case "write" -> WRITE;
      default -> null;
    };
  }

  /** As written in YAML: {@code read}. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
