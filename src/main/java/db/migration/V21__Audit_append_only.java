package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.hanoi.comms.security.audit.AppendOnlyH2Trigger;

/**
 * The database itself refuses to change or remove audit rows, whatever client connects: a PL/pgSQL
 * trigger on PostgreSQL, a Java trigger on H2 (the two dialects have no common trigger syntax).
 */
public class V21__Audit_append_only extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
    try (Statement s = context.getConnection().createStatement()) {
      if (product.contains("postgres")) {
        s.execute(
            """
            create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
            begin
              raise exception 'audit_event is append-only: % refused', tg_op;
            end $$""");
        s.execute(
            "create trigger audit_event_no_change before update or delete on audit_event "
                + "for each row execute function audit_event_refuse_change()");
        s.execute(
            "create trigger audit_event_no_truncate before truncate on audit_event "
                + "for each statement execute function audit_event_refuse_change()");
      } else if (product.contains("h2")) {
        s.execute(
            "create trigger audit_event_no_change before update, delete on audit_event for each row call '"
                + AppendOnlyH2Trigger.class.getName()
                + "'");
      } else {
        throw new IllegalStateException("No append-only trigger for database " + product);
      }
    }
  }
}
