package vn.gov.hanoi.comms.screening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pattern with its folded twin, matched as the field being screened is read ({@link Fold}). */
final class Rx {
  private final Pattern plain;
  private final Pattern folded;

  private Rx(String regex) {
    plain = Pattern.compile(regex);
    folded = Pattern.compile(Fold.fold(regex));
  }

  static Rx compile(String regex) {
    return new Rx(regex);
  }

  /**
   * Whether the pattern is found in the {@code reach} characters of {@code s} before {@code at}.
   */
  boolean foundBefore(String s, int at, int reach) {
    return matcher(s.substring(Math.max(0, at - reach), at)).find();
  }

  Matcher matcher(CharSequence input) {
    return (Fold.active() ? folded : plain).matcher(input);
  }
}
