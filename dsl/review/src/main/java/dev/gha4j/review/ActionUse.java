package dev.gha4j.review;

/**
 * One {@code uses:} of a step or a reusable-workflow call: {@code actions/checkout@3d3c…b1 # v7.0.1}.
 *
 * @param action the part before {@code @} ({@code actions/checkout}, {@code ./local}, {@code docker://image})
 * @param ref    the part after {@code @}: a commit SHA, tag or branch; empty when there is none
 * @param tag    the version comment written after a SHA pin ({@code v7.0.1}), or empty
 */
record ActionUse(String action, String ref, String tag) {

  /** Splits {@code uses} at its last {@code @}; {@code tag} is the comment found on its line. */
  static ActionUse of(String uses, String tag) {
    int at = uses.startsWith("docker://") ? -1 : uses.lastIndexOf('@');
    return at < 0 ? new ActionUse(uses, "", tag) : new ActionUse(uses.substring(0, at), uses.substring(at + 1), tag);
  }

  /** The version for people: {@code v7.0.1 (3d3c42e)} for a pinned SHA with its tag, else the ref. */
  String version() {
    String shortRef = ref.matches("[0-9a-f]{40}") ? ref.substring(0, 7) : ref;
    if (tag.isEmpty()) return shortRef.isEmpty() ? "(no ref)" : shortRef;
    return tag + " (" + shortRef + ")";
  }

  /** As written: {@code actions/checkout@3d3c…b1 # v7.0.1}. */
  String text() {
    return action + (ref.isEmpty() ? "" : "@" + ref) + (tag.isEmpty() ? "" : " # " + tag);
  }
}
