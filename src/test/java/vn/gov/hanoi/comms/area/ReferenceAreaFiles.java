package vn.gov.hanoi.comms.area;

import java.io.InputStream;
import java.util.List;

/**
 * The official Hanoi lists the product ships as reference data
 * (src/main/resources/reference/areas).
 */
final class ReferenceAreaFiles {

  static final ReferenceAreaList Y2024 = ReferenceAreaList.HANOI_2024;
  static final ReferenceAreaList H1_2025 = ReferenceAreaList.HANOI_2025_H1;
  static final ReferenceAreaList FROM_JULY_2025 = ReferenceAreaList.HANOI_2025_07;

  private ReferenceAreaFiles() {}

  static List<Area> parse(ReferenceAreaList list) {
    return list.areas();
  }

  static AreaTree tree(ReferenceAreaList list) {
    return list.tree();
  }

  static InputStream open(ReferenceAreaList list) {
    return list.open();
  }
}
