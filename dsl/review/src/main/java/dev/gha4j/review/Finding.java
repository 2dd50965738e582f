package dev.gha4j.review;

/**
 * One line of a review summary.
 *
 * @param security true when the change gives the workflow more power or a new trust boundary,
 *                 so a security reviewer should see it
 * @param text     the Markdown text of the line, without the list marker
 */
record Finding(boolean security, String text) {
  /** The marker before a line that needs a security reviewer. */
  static final String SECURITY = "**[security]** ";

  /** The list item: {@code - **[security]** permissions widened: …}. */
  String line() {
    return "- " + (security ? SECURITY : "") + text;
  }
}
