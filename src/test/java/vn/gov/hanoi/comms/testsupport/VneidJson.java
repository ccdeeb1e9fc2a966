package vn.gov.hanoi.comms.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON part of a valid VNeID request from UBND phường Trúc Bạch, for tests to change one field
 * of.
 */
public final class VneidJson {
  private VneidJson() {}

  public static ObjectNode valid() {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("unitCode", "UBND-P-TRUCBACH");
    n.put("title", "Phường Trúc Bạch hướng dẫn cài đặt VNeID");
    n.put("summary", "Hướng dẫn người dân cài đặt và kích hoạt ứng dụng VNeID.");
    n.put("bodyHtml", "<p>Người dân mang căn cước công dân đến trụ sở <b>công an phường</b>.</p>");
    n.put("category", "PROJECT_06");
    n.put("scope", "COMMUNE");
    n.putArray("targetAreaCodes").add("00004");
    n.put("ageMin", 16);
    n.put("ageMax", 80);
    n.put("gender", "ALL");
    n.put("publishFrom", Instant.now().plus(Duration.ofDays(1)).toString().replace("Z", "+00:00"));
    n.put("publishUntil", Instant.now().plus(Duration.ofDays(8)).toString().replace("Z", "+00:00"));
    n.put("letterNumber", "88/UBND-VP");
    n.put("letterDate", "2026-01-15");
    return n;
  }
}
