package vn.gov.hanoi.comms.area;

/**
 * An import under a set id already taken; sets are never overwritten, so history stays readable.
 */
public class AreaSetAlreadyExistsException extends RuntimeException {

  private final String setId;

  public AreaSetAlreadyExistsException(String setId) {
    super("An area set with id " + setId + " already exists; choose a new id");
    this.setId = setId;
  }

  public String setId() {
    return setId;
  }
}
