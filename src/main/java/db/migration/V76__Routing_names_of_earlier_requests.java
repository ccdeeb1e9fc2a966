package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Requests submitted before routing moved to the decision tables (V75) were routed by code that
 * also made up the names printed on notices; those names are now recorded with the routing. This
 * fills them in for the earlier rows, the way that code named them (Java, because upper-casing
 * Vietnamese in SQL depends on the database's locale).
 */
public class V76__Routing_names_of_earlier_requests extends BaseJavaMigration {
  static final String PC06 = "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an Thành phố Hà Nội";
  static final String DIRECTOR = "GIÁM ĐỐC CÔNG AN THÀNH PHỐ HÀ NỘI";
  static final String C06 = "CỤC TRƯỞNG CỤC CẢNH SÁT QLHC VỀ TTXH (C06) – BỘ CÔNG AN";

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "select r.id, r.appraiser_group, r.approver_group, r.area_set_id from vneid_request r"
                    + " where r.appraiser_name is null and r.appraiser_group is not null");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement(
                    "update vneid_request set appraiser_name = ?, approver_title = ? where id = ?")) {
      while (rs.next()) {
        String set = rs.getString("area_set_id");
        update.setString(1, appraiserName(context, set, rs.getString("appraiser_group")));
        update.setString(2, approverTitle(context, set, rs.getString("approver_group")));
        update.setLong(3, rs.getLong("id"));
        update.executeUpdate();
      }
    }
  }

  private static String appraiserName(Context c, String set, String group) throws Exception {
    String code = areaCode(group, "police-appraisal-");
    return code == null ? PC06 : "Công an " + areaName(c, set, code);
  }

  private static String approverTitle(Context c, String set, String group) throws Exception {
    String code = areaCode(group, "police-chief-");
    if (code != null) {
      return ("Trưởng Công an " + areaName(c, set, code)).toUpperCase(Locale.ROOT);
    }
    return "c06-approver".equals(group) ? C06 : DIRECTOR;
  }

  private static String areaCode(String group, String prefix) {
    return group != null && group.startsWith(prefix) ? group.substring(prefix.length()) : null;
  }

  private static String areaName(Context c, String set, String code) throws Exception {
    try (PreparedStatement p =
        c.getConnection().prepareStatement("select name from area where set_id = ? and code = ?")) {
      p.setString(1, set);
      p.setString(2, code);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : code;
      }
    }
  }
}
