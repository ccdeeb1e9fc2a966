package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Official letters are numbered per issuing agency and year, with the agency's abbreviation (Decree
 * 30/2020/ND-CP), and signed by a named official. Notices issued before keep their numbers; their
 * agency is the part after "/TB-".
 */
public class V82__Notice_numbers_per_agency extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("alter table vneid_notice add column issuer_code varchar(40)");
      s.execute("alter table vneid_notice add column signer_name varchar(200)");
    }
    Map<Long, String> agencies = new LinkedHashMap<>();
    try (Statement s = context.getConnection().createStatement();
        ResultSet rs = s.executeQuery("select id, number from vneid_notice")) {
      while (rs.next()) {
        String number = rs.getString(2);
        int at = number.indexOf("/TB-");
        agencies.put(rs.getLong(1), at < 0 ? number : number.substring(at + 4));
      }
    }
    try (PreparedStatement p =
        context
            .getConnection()
            .prepareStatement("update vneid_notice set issuer_code = ? where id = ?")) {
      for (Map.Entry<Long, String> e : agencies.entrySet()) {
        p.setString(1, e.getValue());
        p.setLong(2, e.getKey());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("create index vneid_notice_register on vneid_notice(issuer_code, notice_year)");
    }
  }
}
