package vn.gov.hanoi.comms.vneid.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.vneid.Routing;

/**
 * Reads the outputs of a routing table's matched row into a {@link Routing}, refusing what the
 * process could not work with: no matching row, or a group that is blank or not a valid Camunda
 * group id. A table edited in Modeler can be wrong; the request must then stop with a message
 * naming the table's fault, not go to a group nobody is in.
 */
public final class RoutingResult {
  private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9._-]{1,64}");

  private RoutingResult() {}

  /**
   * @param facts the inputs, for the message
   * @param row the matched row's outputs (appraiserGroup, appraiserName, approverGroup,
   *     approverTitle), or null when no row matched
   * @throws IllegalStateException naming what is wrong with the table's answer
   */
  public static Routing read(String table, Object facts, Map<String, Object> row) {
    if (row == null) {
      throw new IllegalStateException(
          table + ": bảng định tuyến không có dòng nào khớp với " + facts);
    }
    List<String> problems = new ArrayList<>();
    String appraiserGroup = group(row, "appraiserGroup", problems);
    String approverGroup = group(row, "approverGroup", problems);
    String appraiserName = text(row, "appraiserName", problems);
    String approverTitle = text(row, "approverTitle", problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          table
              + ": bảng định tuyến trả kết quả không dùng được ("
              + String.join("; ", problems)
              + ") cho "
              + facts);
    }
    return new Routing(appraiserGroup, appraiserName, approverGroup, approverTitle);
  }

  private static String group(Map<String, Object> row, String output, List<String> problems) {
    String value = text(row, output, problems);
    if (value != null && !GROUP_ID.matcher(value).matches()) {
      problems.add(output + " \"" + value + "\" không phải mã nhóm hợp lệ");
    }
    return value;
  }

  private static String text(Map<String, Object> row, String output, List<String> problems) {
    Object value = row.get(output);
    if (!(value instanceof String s) || s.isBlank()) {
      problems.add(output + " trống");
      return null;
    }
    return s.strip();
  }
}
