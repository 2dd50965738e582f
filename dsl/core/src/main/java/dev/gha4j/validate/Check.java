package dev.gha4j.validate;

/**
 * Every check of the validator, and whom it agrees with: GitHub's own parser (which refuses the
 * file), actionlint (which reports it), or neither, when gha4j is deliberately stricter. The
 * differential test against both tools reads this; docs/validation.md lists every check.
 */
enum Check {
  // ---- GitHub's schema, read from its own file (SchemaCheck) ----------------------------------
  UNKNOWN_KEY(Agrees.GITHUB),
  DUPLICATE_KEY(Agrees.GITHUB),
  VALUE(Agrees.GITHUB),
  EXPRESSION_NOT_ALLOWED(Agrees.GITHUB),
  CONTEXT_AVAILABILITY(Agrees.GITHUB),
  REQUIRED_KEY(Agrees.GITHUB),
  EXPRESSION_SYNTAX(Agrees.GITHUB),
  ESCAPE_HATCH_YAML(Agrees.GITHUB),
  // ---- GitHub's converter, written from its rules ---------------------------------------------
  NO_JOBS(Agrees.GITHUB),
  CRON(Agrees.GITHUB),
  INPUTS(Agrees.GITHUB),
  IDS(Agrees.GITHUB),
  NEEDS(Agrees.GITHUB),
  // ---- actionlint's checks --------------------------------------------------------------------
  EMPTY_SECTION(Agrees.ACTIONLINT),
  FILTERS(Agrees.ACTIONLINT),
  CHOICE_DEFAULT(Agrees.ACTIONLINT),
  TOO_MANY_INPUTS(Agrees.ACTIONLINT),
  DUPLICATE_NEED(Agrees.ACTIONLINT),
  NEEDS_SCOPE(Agrees.ACTIONLINT),
  STEPS_SCOPE(Agrees.ACTIONLINT),
  MATRIX_SCOPE(Agrees.ACTIONLINT),
  EXPRESSION_TYPES(Agrees.ACTIONLINT),
  UNDECLARED_INPUT(Agrees.ACTIONLINT),
  RUNNER_LABEL(Agrees.ACTIONLINT),
  CRON_FREQUENCY(Agrees.ACTIONLINT),
  GLOB(Agrees.ACTIONLINT),
  MATRIX_ENTRIES(Agrees.ACTIONLINT),
  DEPRECATED_COMMAND(Agrees.ACTIONLINT),
  REUSABLE_WORKFLOW_REF(Agrees.ACTIONLINT),
  // ---- gha4j's own, stricter than both ----------------------------------------------------------
  UNWRITABLE_TEXT(Agrees.NEITHER),
  FILE_NAME(Agrees.NEITHER),
  ESCAPE_HATCH_MODELLED(Agrees.NEITHER),
  AMBIGUOUS_MODEL(Agrees.NEITHER),
  TIMEOUT(Agrees.NEITHER),
  BLANK_SCRIPT(Agrees.NEITHER),
  RETIRED_RUNNER(Agrees.NEITHER),
  NAME_EXPRESSION(Agrees.NEITHER),
  NUL_CHARACTER(Agrees.NEITHER),
  STRATEGY_PROPERTY(Agrees.NEITHER),
  INPUT_NAME(Agrees.NEITHER);

  /** Who else refuses or reports what a check finds. */
  enum Agrees {
    /** GitHub's parser refuses the file. */
    GITHUB,
    /** GitHub accepts the file, actionlint reports the mistake. */
    ACTIONLINT,
    /** Both accept it; gha4j refuses on purpose (docs/validation.md says why). */
    NEITHER
  }

  private final Agrees agrees;

  Check(Agrees agrees) {
    this.agrees = agrees;
  }

  Agrees agrees() {
    return agrees;
  }

  /** The name docs/validation.md uses: {@code context-availability}. */
  String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
