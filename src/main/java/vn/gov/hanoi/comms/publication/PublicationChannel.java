package vn.gov.hanoi.comms.publication;

/**
 * Where approved content goes to reach residents. Implementations must be idempotent on {@link
 * Publication#idempotencyKey()} and throw on failure, so that the engine retries the job and then
 * raises an incident (never swallow an error here).
 */
public interface PublicationChannel {
  void publish(Publication publication);

  void withdraw(String idempotencyKey);

  /** Name under which confirmed calls are logged (publication_delivery). */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * True when the channel writes in the job's own transaction (the built-in feed): its work commits
   * or rolls back with the job, so it needs no delivery log. Outside systems return false.
   */
  default boolean transactional() {
    return false;
  }
}
