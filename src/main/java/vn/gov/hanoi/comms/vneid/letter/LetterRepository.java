package vn.gov.hanoi.comms.vneid.letter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.Grouping;

/** The letters, in the table {@code vneid_notice} (its old name kept: it holds issued letters). */
/**
 * The letters, in the table {@code vneid_notice}: the table and its columns keep their names (they
 * hold the letters already issued).
 */
@Repository
public class LetterRepository {
  private final JdbcClient jdbc;

  public LetterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The next number in the issuing agency's register of the year (each agency numbers its own
   * letters).
   */
  public int nextSequence(int year, String agency) {
    Integer max =
        jdbc.sql(
                "select max(seq_in_year) from vneid_notice where notice_year = :y and issuer_code = :a")
            .param("y", year)
            .param("a", agency)
            .query(Integer.class)
            .optional()
            .orElse(null);
    return max == null ? 1 : max + 1;
  }

  public String signerName(long id) {
    return jdbc.sql("select signer_name from vneid_notice where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  public void insert(LetterRecord n, int year, int seq, String agency, String signerName) {
    jdbc.sql(
            """
        insert into vneid_notice(request_id, round_no, kind, notice_year, seq_in_year, number, issuer_name,
          signer_title, addressee, reasons, issued_at, issuer_code, signer_name)
        values (:r, :n, :kind, :year, :seq, :number, :issuer, :signer, :to, :reasons, :at, :agency, :signerName)""")
        .param("r", n.requestId())
        .param("n", n.roundNo())
        .param("kind", n.kind().name())
        .param("year", year)
        .param("seq", seq)
        .param("number", n.number())
        .param("issuer", n.issuerName())
        .param("signer", n.signerTitle())
        .param("to", n.addressee())
        .param("reasons", n.reasons())
        .param("at", n.issuedAt().atOffset(ZoneOffset.UTC))
        .param("agency", agency)
        .param("signerName", signerName)
        .update();
  }

  public Optional<LetterRecord> find(long requestId, int round, LetterKind kind) {
    return jdbc.sql(
            "select * from vneid_notice where request_id = :r and round_no = :n and kind = :k")
        .param("r", requestId)
        .param("n", round)
        .param("k", kind.name())
        .query(LetterRepository::row)
        .optional();
  }

  public List<LetterRecord> forRequest(long requestId) {
    return jdbc.sql("select * from vneid_notice where request_id = :r order by round_no, id")
        .param("r", requestId)
        .query(LetterRepository::row)
        .list();
  }

  /** The letters of several requests in one read, by request id, each in round order. */
  public Map<Long, List<LetterRecord>> forRequests(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    return Grouping.byKey(
        jdbc.sql(
                "select * from vneid_notice where request_id in (:r) order by request_id, round_no, id")
            .param("r", requestIds)
            .query(LetterRepository::row)
            .list(),
        LetterRecord::requestId);
  }

  public void markEmailed(long id, Instant at) {
    jdbc.sql("update vneid_notice set emailed_at = :at where id = :id")
        .param("at", at.atOffset(ZoneOffset.UTC))
        .param("id", id)
        .update();
  }

  private static LetterRecord row(ResultSet rs, int n) throws SQLException {
    OffsetDateTime emailed = rs.getObject("emailed_at", OffsetDateTime.class);
    return new LetterRecord(
        rs.getLong("id"),
        rs.getLong("request_id"),
        rs.getInt("round_no"),
        LetterKind.valueOf(rs.getString("kind")),
        rs.getString("number"),
        rs.getString("issuer_name"),
        rs.getString("signer_title"),
        rs.getString("addressee"),
        rs.getString("reasons"),
        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
        emailed == null ? null : emailed.toInstant());
  }
}
