package vn.gov.hanoi.comms.area;

/** A code that names no area of the tree in use. */
public class UnknownAreaException extends RuntimeException {

  private final String code;

  public UnknownAreaException(String code) {
    super("Unknown area code: " + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
