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

  Matcher matcher(CharSequence input) {
    return (Fold.active() ? folded : plain).matcher(input);
  }
}
