package vn.gov.hanoi.comms.security.boundary;

import java.util.function.Supplier;

/** Wraps every password check (T-4): may refuse it before it runs, and learns from its result. */
public interface LoginGate {
  boolean check(String userId, Supplier<Boolean> passwordCheck);

  /** A gate that only runs the check (tests of the guard alone). */
  LoginGate NONE = (userId, check) -> check.get();
}
