package vn.gov.hanoi.comms.publication;

/**
 * Where approved content goes to reach residents. Implementations must be idempotent on
 * {@link Publication#idempotencyKey()} and throw on failure, so that the engine retries the job and
 * then raises an incident (never swallow an error here).
 */
public interface PublicationChannel {
  void publish(Publication publication);

  void withdraw(String idempotencyKey);
}
