package dev.gha4j.validate;

/**
 * Names GitHub compares without case (mapping keys, job and step ids, matrix keys, context
 * properties): the one case-blind lookup the checks share.
 */
final class Names {
  private Names() {}

  /** The name in {@code names} equal to {@code name} but for case, or null. */
  static String find(Iterable<String> names, String name) {
    for (String n : names) if (n.equalsIgnoreCase(name)) return n;
    return null;
  }
}
