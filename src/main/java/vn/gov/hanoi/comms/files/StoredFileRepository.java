package vn.gov.hanoi.comms.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class StoredFileRepository {
  private final JdbcClient jdbc;

  public StoredFileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public StoredFile save(String fileName, String contentType, byte[] content) {
    String sha = sha256(content);
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into stored_file(file_name, content_type, size_bytes, sha256, content, created_at)
        values (:name, :type, :size, :sha, :content, :at)""")
        .param("name", fileName)
        .param("type", contentType)
        .param("size", (long) content.length)
        .param("sha", sha)
        .param("content", content)
        .param("at", Timestamp.from(Instant.now()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return new StoredFile(id, fileName, contentType, content.length, sha);
  }

  public Optional<StoredFile> find(long id) {
    return jdbc.sql(
            "select id, file_name, content_type, size_bytes, sha256 from stored_file where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new StoredFile(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5)))
        .optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("select content from stored_file where id = :id")
        .param("id", id)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
