package dev.gha4j.codegen.manifests;

/**
 * A problem an action command reports to its user: one message that says what went wrong and how
 * to go on. When it is thrown, no manifest and no class has been changed.
 */
public class ActionsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A problem with its message.
   *
   * @param message what went wrong and how to go on
   */
  public ActionsException(String message) {
    super(message);
  }

  /**
   * The git host could not be reached (name resolution, connection, timeout): the network, not
   * the action. {@link AdoptBumps} goes on without it; the other commands stop.
   */
  public static final class HostUnreachable extends ActionsException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure to reach the host.
     *
     * @param message what could not be reached and why
     */
    public HostUnreachable(String message) {
      super(message);
    }
  }
}
