package vn.gov.hanoi.comms.organisation;

/** The kinds of unit (đơn vị) that appear in the flows (SPEC A-4, V-ROUTE, I-LEVEL). */
public enum OrganisationKind {
  /** Sở, a department of the City People's Committee. */
  CITY_DEPARTMENT,
  /** UBND quận/huyện/thị xã. */
  DISTRICT_COMMITTEE,
  /** UBND phường/xã/thị trấn. */
  COMMUNE_COMMITTEE,
  /** A central agency located in Hanoi (e.g. the State Treasury of Hanoi). */
  CENTRAL_AGENCY,
  /** A political or socio-political organisation at city level (e.g. the Fatherland Front). */
  POLITICAL_ORGANISATION,
  PRESS,
  /** Công an quận/huyện: appraises and approves commune and district requests. */
  DISTRICT_POLICE,
  /** A division of the City Police (PC06). */
  CITY_POLICE,
  /** The Ministry of Public Security's C06, deciding national-scope requests. */
  MINISTRY_POLICE,
  /** Văn phòng UBND Thành phố, approving city-level iHanoi notices. */
  CITY_OFFICE;

  /** City-level units may target any area of the city and send to PC06 (V-ROUTE-2, V-ROUTE-3). */
  public boolean isCityLevel() {
    return switch (this) {
      case CITY_DEPARTMENT, CENTRAL_AGENCY, POLITICAL_ORGANISATION, PRESS, CITY_POLICE, CITY_OFFICE -> true;
      case DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, DISTRICT_POLICE, MINISTRY_POLICE -> false;
    };
  }
}
