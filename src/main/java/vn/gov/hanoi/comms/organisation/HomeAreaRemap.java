package vn.gov.hanoi.comms.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaActivation;
import vn.gov.hanoi.comms.area.AreaMerge;
import vn.gov.hanoi.comms.area.AreaTree;

/**
 * Where each organisation's home area goes when a newer area list comes into force. A code is
 * not a stable key across lists (00004 was Phường Trúc Bạch and is Phường Ba Đình), so a home area
 * is kept only when the new list has the same code with the same name; otherwise the list's merge
 * mapping decides when the old commune went into exactly one new commune; otherwise an
 * administrator decides (a commune split between several new ones, a district that no longer
 * exists).
 */
public final class HomeAreaRemap {

  public enum How {
    UNCHANGED,
    MERGED,
    CHOSEN,
    UNRESOLVED
  }

  /**
   * @param candidates for an unresolved change, the areas the administrator may choose from ("code
   *     name")
   */
  public record Change(
      String organisation,
      String organisationName,
      String from,
      String fromName,
      String to,
      String toName,
      How how,
      String note,
      List<String> candidates) {

    public boolean moves() {
      return to != null && !to.equals(from);
    }
  }

  private HomeAreaRemap() {}

  public static List<Change> plan(List<Organisation> organisations, AreaActivation a) {
    List<Change> plan = new ArrayList<>();
    for (Organisation o : organisations) {
      plan.add(change(o, a));
    }
    return plan;
  }

  private static Change change(Organisation o, AreaActivation a) {
    String home = o.homeAreaCode();
    Optional<Area> old = a.from() == null ? Optional.empty() : a.from().find(home);
    String oldName = old.map(Area::name).orElse(null);
    String chosen = a.decisions().get(o.code());
    if (chosen != null) {
      Optional<Area> area = a.to().find(chosen);
      return area.isPresent()
          ? new Change(
              o.code(),
              o.name(),
              home,
              oldName,
              chosen,
              area.get().name(),
              How.CHOSEN,
              "quản trị viên chọn",
              List.of())
          : unresolved(
              o,
              home,
              oldName,
              "mã địa bàn được chọn " + chosen + " không có trong danh mục mới",
              List.of());
    }
    Optional<Area> same = a.to().find(home);
    if (same.isPresent() && (oldName == null || sameName(oldName, same.get().name()))) {
      return new Change(
          o.code(),
          o.name(),
          home,
          oldName,
          home,
          same.get().name(),
          How.UNCHANGED,
          "giữ nguyên",
          List.of());
    }
    Set<String> into = new LinkedHashSet<>();
    for (AreaMerge m : a.merges()) {
      if (m.oldCode().equals(home)) {
        into.add(m.newCode());
      }
    }
    if (into.size() == 1) {
      String code = into.iterator().next();
      return new Change(
          o.code(),
          o.name(),
          home,
          oldName,
          code,
          a.to().find(code).map(Area::name).orElse(code),
          How.MERGED,
          "sáp nhập theo bảng chuyển đổi",
          List.of());
    }
    if (into.size() > 1) {
      return unresolved(
          o,
          home,
          oldName,
          "địa bàn cũ được chia vào " + into.size() + " địa bàn mới; hãy chọn một",
          names(into, a.to()));
    }
    boolean levelGone =
        old.isPresent() && a.to().all().stream().noneMatch(x -> x.level() == old.get().level());
    return unresolved(
        o,
        home,
        oldName,
        levelGone
            ? "danh mục mới không còn cấp của địa bàn này; hãy chọn địa bàn mới (ví dụ thành phố 01) hoặc sửa đơn vị"
            : "địa bàn không có trong danh mục mới và bảng chuyển đổi không nêu; hãy chọn địa bàn mới",
        List.of());
  }

  private static Change unresolved(
      Organisation o, String home, String oldName, String note, List<String> candidates) {
    return new Change(
        o.code(), o.name(), home, oldName, null, null, How.UNRESOLVED, note, candidates);
  }

  private static List<String> names(Set<String> codes, AreaTree tree) {
    return codes.stream().map(c -> c + " " + tree.find(c).map(Area::name).orElse("?")).toList();
  }

  /** Equal names in any diacritic form or tone-mark placement ("Hòa" / "Hoà"). */
  static boolean sameName(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return StringUtils.stripAccents(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
