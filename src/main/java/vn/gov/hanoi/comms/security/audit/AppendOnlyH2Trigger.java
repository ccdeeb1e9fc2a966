package vn.gov.hanoi.comms.security.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of the append-only rule on {@code audit_event} (see migration V21). */
public class AppendOnlyH2Trigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
