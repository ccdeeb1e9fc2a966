package vn.gov.hanoi.comms.area;

import java.util.Objects;

/**
 * An administrative unit.
 *
 * @param code official GSO code, unique within one area set ("01", "001", "00004")
 * @param name official name, Unicode NFC ("Phường Trúc Bạch")
 * @param level tier of government
 * @param type the unit's kind as written in the official list ("quận", "phường", "xã", ...)
 * @param parentCode code of the enclosing unit; {@code null} only for the city
 */
public record Area(String code, String name, AreaLevel level, String type, String parentCode) {

  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(type, "type");
  }

  /**
   * Named so that JSON shows only the record's components (an {@code isX()} would become a
   * property).
   */
  public boolean hasParent() {
    return parentCode != null;
  }
}
