package vn.gov.hanoi.comms.publication;

/**
 * What a flow contributes about its own items (one bean per {@link Publication#source()}): how
 * people call an item, and whom to tell when it did not go out and when it finally did (O-FAIL-3).
 * Publication knows no flow; each flow says this itself.
 */
public interface PublicationSource {
  /** The {@link Publication#source()} this bean answers for, e.g. "IHANOI". */
  String source();

  /** One item as people call it, e.g. "tin iHanoi số 8 «Lịch nghỉ bù»". */
  String describe(long sourceId);

  /** The item did not reach a channel: first failed attempt of an outage (once per outage). */
  default void notDelivered(PublicationOutage outage) {}

  /** The item reached the channel after an outage (after the job's transaction committed). */
  default void deliveredAfterOutage(PublicationOutage outage) {}
}
