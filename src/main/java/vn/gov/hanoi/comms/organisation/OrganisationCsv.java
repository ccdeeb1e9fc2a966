package vn.gov.hanoi.comms.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.hanoi.comms.area.AreaCsvParser;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.area.LineError;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * Reads a list of organisations ({@value #HEADER}, UTF-8; a spreadsheet's "CSV UTF-8"): the
 * administrators' import and the demo and test data sets. The whole file is checked against the
 * area list in force and every fault is reported with its line number; a file with any fault yields
 * nothing (A-4, like the area import of A-3).
 */
public final class OrganisationCsv {

  public static final String HEADER = "code,name,kind,home_area_code,email,abbreviation";
  static final int MAX_BYTES = 2 * 1024 * 1024;
  private static final String[] FIELDS = {
    "code", "name", "kind", "homeAreaCode", "email", "abbreviation"
  };

  private OrganisationCsv() {}

  /** A file refused whole, with every fault and its line (the header is line 1). */
  public static class ImportException extends RuntimeException {
    private final List<LineError> errors;

    public ImportException(List<LineError> errors) {
      super(
          errors.size()
              + " lỗi: "
              + errors.stream()
                  .limit(10)
                  .map(LineError::toString)
                  .reduce((a, b) -> a + "; " + b)
                  .orElse(""));
      this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
      return errors;
    }
  }

  /**
   * @throws ImportException with every fault found
   */
  public static List<Organisation> read(InputStream csv, AreaTree tree) {
    byte[] bytes;
    try {
      bytes = csv.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(List.of(new LineError(LineError.WHOLE_FILE, "tệp lớn hơn 2 MB")));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ImportException(
          List.of(
              new LineError(
                  LineError.WHOLE_FILE,
                  "tệp không phải văn bản UTF-8; hãy lưu dạng \"CSV UTF-8\"")));
    }
    return read(text, tree);
  }

  static List<Organisation> read(String text, AreaTree tree) {
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
      throw new ImportException(
          List.of(new LineError(1, "dòng tiêu đề phải là \"" + HEADER + "\"")));
    }
    List<LineError> errors = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int lineNo = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> f = AreaCsvParser.splitFields(lines[i]);
      if (f == null || f.size() != FIELDS.length) {
        errors.add(
            new LineError(
                lineNo,
                "cần "
                    + FIELDS.length
                    + " cột ("
                    + HEADER
                    + ")"
                    + (f == null ? "; có dấu ngoặc kép chưa đóng" : ", thấy " + f.size())));
        continue;
      }
      OrganisationValidator.Result r =
          OrganisationValidator.check(
              new OrganisationInput(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)),
              tree);
      for (FieldError e : r.errors()) {
        errors.add(new LineError(lineNo, e.field() + ": " + e.message()));
      }
      String code = f.get(0).strip();
      Integer first = lineOfCode.putIfAbsent(code, lineNo);
      if (first != null) {
        errors.add(new LineError(lineNo, "mã " + code + " trùng với dòng " + first));
      } else if (r.organisation() != null) {
        organisations.add(r.organisation());
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    return organisations;
  }
}
