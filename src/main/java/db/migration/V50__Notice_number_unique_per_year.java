package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Notice numbers restart every year ("1/TB-CA001" in January again), as official letters do: the
 * number is unique within its year, not for ever. The old constraint was declared inline, so its
 * name differs between H2 and PostgreSQL and is looked up.
 */
public class V50__Notice_number_unique_per_year extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = context.getConnection().createStatement();
        ResultSet rs =
            s.executeQuery(
                """
            select tc.constraint_name
            from information_schema.table_constraints tc
            join information_schema.key_column_usage k
              on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name
            where lower(tc.table_name) = 'vneid_notice' and tc.constraint_type = 'UNIQUE'
            group by tc.constraint_name
            having count(*) = 1 and max(lower(k.column_name)) = 'number'""")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    try (Statement s = context.getConnection().createStatement()) {
      for (String name : names) {
        s.execute("alter table vneid_notice drop constraint \"" + name + "\"");
      }
      s.execute(
          "alter table vneid_notice add constraint vneid_notice_number_in_year unique (notice_year, number)");
    }
  }
}
