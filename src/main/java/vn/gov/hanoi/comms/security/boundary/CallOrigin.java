package vn.gov.hanoi.comms.security.boundary;

import vn.gov.hanoi.comms.common.RefusedException;

/**
 * Where the current call came from: the door and the client's address, set for each HTTP request by
 * {@link CallOriginFilter} and read by the engine guard and the login throttle. Outside a request
 * (jobs, start-up) it is the Java door with no address.
 */
public record CallOrigin(Door door, String clientAddress) {
  private static final CallOrigin JAVA = new CallOrigin(Door.JAVA, null);
  private static final ThreadLocal<CallOrigin> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<RefusedException> LAST_REFUSAL = new ThreadLocal<>();

  /**
   * The guard's last refusal on this request's thread, for REST layers that drop the exception's
   * cause.
   */
  public static RefusedException lastRefusal() {
    return LAST_REFUSAL.get();
  }

  static void refused(RefusedException e) {
    LAST_REFUSAL.set(e);
  }

  public static CallOrigin current() {
    CallOrigin origin = CURRENT.get();
    return origin == null ? JAVA : origin;
  }

  /**
   * Runs work on behalf of a call that came from elsewhere (another thread, a test of a remote
   * caller).
   */
  public static <T> T actingFor(CallOrigin origin, java.util.function.Supplier<T> work) {
    CallOrigin previous = CURRENT.get();
    CURRENT.set(origin);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  static void set(CallOrigin origin) {
    CURRENT.set(origin);
  }

  static void clear() {
    CURRENT.remove();
    LAST_REFUSAL.remove();
  }

  /** For the audit trail: "Camunda REST /engine-rest từ 10.0.0.7". */
  public String describe() {
    return clientAddress == null ? door.label() : door.label() + " từ " + clientAddress;
  }
}
