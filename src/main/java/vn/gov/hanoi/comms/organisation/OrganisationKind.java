package vn.gov.hanoi.comms.organisation;

import vn.gov.hanoi.comms.area.AreaLevel;

/** The kinds of unit (đơn vị) that appear in the flows (A-4, V-ROUTE, I-LEVEL). */
public enum OrganisationKind {
  /** Sở, a department of the City People's Committee. */
  CITY_DEPARTMENT("Sở, ngành thành phố"),
  /** UBND quận/huyện/thị xã (until 30 June 2025). */
  DISTRICT_COMMITTEE("UBND quận, huyện, thị xã"),
  /** UBND phường/xã/thị trấn. */
  COMMUNE_COMMITTEE("UBND phường, xã"),
  /** A central agency located in Hanoi (e.g. the State Treasury of Hanoi). */
  CENTRAL_AGENCY("Cơ quan trung ương trên địa bàn"),
  /** A political or socio-political organisation at city level (e.g. the Fatherland Front). */
  POLITICAL_ORGANISATION("Tổ chức chính trị – xã hội thành phố"),
  PRESS("Cơ quan báo chí"),
  /** Công an quận/huyện (dissolved in March 2025). */
  DISTRICT_POLICE("Công an quận, huyện"),
  /** Công an phường/xã: since 2025 directly under the City Police. */
  COMMUNE_POLICE("Công an phường, xã"),
  /** A division of the City Police (PC06). */
  CITY_POLICE("Công an thành phố (phòng nghiệp vụ)"),
  /** The Ministry of Public Security's C06, deciding national-scope requests. */
  MINISTRY_POLICE("Bộ Công an (C06)"),
  /** Văn phòng UBND Thành phố, approving city-level iHanoi notices. */
  CITY_OFFICE("Văn phòng UBND thành phố");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  /** Vietnamese name of the kind, for the admin page and error messages. */
  public String label() {
    return label;
  }

  /**
   * City-level units may target any area of the city (V-ROUTE-3); the Ministry's C06 submits
   * nothing.
   */
  public boolean isCityLevel() {
    return homeLevel() == AreaLevel.CITY && this != MINISTRY_POLICE;
  }

  /** The level of area a unit of this kind serves: its home area must be of this level. */
  public AreaLevel homeLevel() {
    return switch (this) {
      case DISTRICT_COMMITTEE, DISTRICT_POLICE -> AreaLevel.DISTRICT;
      case COMMUNE_COMMITTEE, COMMUNE_POLICE -> AreaLevel.COMMUNE;
      case CITY_DEPARTMENT,
          CENTRAL_AGENCY,
          POLITICAL_ORGANISATION,
          PRESS,
          CITY_POLICE,
          CITY_OFFICE,
          MINISTRY_POLICE ->
          AreaLevel.CITY;
    };
  }
}
