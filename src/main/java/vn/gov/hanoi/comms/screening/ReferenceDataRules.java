package vn.gov.hanoi.comms.screening;

/**
 * What the reference data (package {@code prechecks}) takes from the checks, so that it compares
 * and refuses exactly as they do: the national form of a phone number, and the link shorteners no
 * allowed host may be.
 */
public final class ReferenceDataRules {

  private ReferenceDataRules() {}

  /** "024 3825 1234", "+84 912 345 678" as digits in national form: "02438251234", "0912345678". */
  public static String nationalNumber(String written) {
    return Masks.nationalNumber(written);
  }

  /** A link shortener (bit.ly, ...): {@link LinkCheck} flags every link to one. */
  public static boolean isShortener(String host) {
    return LinkCheck.SHORTENERS.contains(host);
  }
}
