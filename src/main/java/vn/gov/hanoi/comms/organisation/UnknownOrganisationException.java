package vn.gov.hanoi.comms.organisation;

/** A code that names no known organisation. */
public class UnknownOrganisationException extends RuntimeException {

  private final String code;

  public UnknownOrganisationException(String code) {
    super("Unknown organisation code: " + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
