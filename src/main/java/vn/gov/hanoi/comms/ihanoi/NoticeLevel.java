package vn.gov.hanoi.comms.ihanoi;

import java.util.Optional;
import vn.gov.hanoi.comms.organisation.OrganisationKind;

/** The three levels of iHanoi notices (I-LEVEL-1..3), decided by the issuing organisation. */
public enum NoticeLevel {
  CITY("Thành phố"),
  DISTRICT("Quận, huyện, thị xã"),
  COMMUNE("Xã, phường, thị trấn");

  private final String label;

  NoticeLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Empty for kinds that do not issue iHanoi notices (police, press...). */
  public static Optional<NoticeLevel> issuedBy(OrganisationKind kind) {
    return switch (kind) {
      case CITY_DEPARTMENT, CITY_OFFICE -> Optional.of(CITY);
      case DISTRICT_COMMITTEE -> Optional.of(DISTRICT);
      case COMMUNE_COMMITTEE -> Optional.of(COMMUNE);
      default -> Optional.empty();
    };
  }

  /** Whether a notice of this level is compared with higher levels before approval and sending. */
  public boolean checkedForDuplicates() {
    return this != CITY;
  }
}
