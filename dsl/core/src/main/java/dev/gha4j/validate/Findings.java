package dev.gha4j.validate;

import dev.gha4j.api.Problem;
import dev.gha4j.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** What the checks of one validation found, each problem with the check that found it. */
final class Findings {
  /** One problem and its check. */
  record Finding(Check check, Problem problem) {}

  private final List<Finding> all = new ArrayList<>();

  void add(Check check, SourceLocation where, String message) {
    all.add(new Finding(check, new Problem(where, message)));
  }

  List<Finding> all() {
    return all;
  }
}
