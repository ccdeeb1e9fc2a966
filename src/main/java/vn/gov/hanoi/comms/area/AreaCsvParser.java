package vn.gov.hanoi.comms.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the official area list (A-3: {@code level,code,name,parent_code,type}, UTF-8). Checks the
 * whole file and reports every fault with its line number, so that an official can correct the file
 * in one pass; a file with any fault yields no areas at all.
 *
 * <p>Stateless and thread-safe.
 */
public final class AreaCsvParser {

  public static final String HEADER = "level,code,name,parent_code,type";
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Far above any real list (Hanoi has about 600 units) while keeping a runaway upload cheap. */
  public static final int MAX_LINES = 20_000;

  private static final int COLUMNS = 5;
  private static final Pattern GSO_CODE = Pattern.compile("[0-9]{1,10}");
  private static final int MAX_NAME = 200;
  private static final int MAX_TYPE = 60;

  /**
   * Reads at most {@link #MAX_BYTES} (+1 to detect a larger file) from the stream; does not close
   * it.
   */
  public List<Area> parse(InputStream csv) {
    byte[] bytes;
    try {
      bytes = csv.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the area file", e);
    }
    if (bytes.length > MAX_BYTES) {
      throw fileError(
          "the file is larger than "
              + (MAX_BYTES / (1024 * 1024))
              + " MB; an area list is far smaller, is it the right file?");
    }
    return parse(decodeUtf8(bytes));
  }

  public List<Area> parse(String csv) {
    List<String> lines = splitLines(csv);
    if (lines.size() > MAX_LINES) {
      throw fileError(
          "the file has " + lines.size() + " lines, more than the " + MAX_LINES + " allowed");
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new AreaImportException(
          new LineError(1, "the file is empty; expected the header " + HEADER));
    }
    String header = lines.get(0).strip().toLowerCase(java.util.Locale.ROOT);
    if (!header.equals(HEADER)) {
      // Without the agreed columns no row can be read reliably, so stop here.
      throw new AreaImportException(
          new LineError(
              1,
              "expected the header \"" + HEADER + "\" but found \"" + lines.get(0).strip() + "\""));
    }
    Errors errors = new Errors();
    Map<String, Row> rowsByCode = readRows(lines, errors);
    new StructureCheck(rowsByCode, errors).run();
    if (!errors.isEmpty()) {
      throw new AreaImportException(errors.sorted());
    }
    return rowsByCode.values().stream().map(Row::toArea).toList();
  }

  /** One data line; {@code level} is null when the line's level is not a known one. */
  private record Row(
      int line, AreaLevel level, String code, String name, String parentCode, String type) {
    Area toArea() {
      return new Area(code, name, level, type, parentCode);
    }

    String where() {
      return code + " (line " + line + ")";
    }
  }

  private static final class Errors {
    private final List<LineError> list = new ArrayList<>();

    void add(int line, String message) {
      list.add(new LineError(line, message));
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    List<LineError> sorted() {
      return list.stream().sorted(Comparator.comparingInt(LineError::line)).toList();
    }
  }

  /**
   * Reads the data lines; keeps the first row of each code, including rows with field errors, so
   * that their children are not also blamed.
   */
  private Map<String, Row> readRows(List<String> lines, Errors errors) {
    Map<String, Row> rowsByCode = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      List<String> fields = splitFields(text);
      if (fields == null) {
        errors.add(lineNo, "a quoted value is not closed");
        continue;
      }
      if (fields.size() != COLUMNS) {
        errors.add(
            lineNo, "expected " + COLUMNS + " columns (" + HEADER + ") but found " + fields.size());
        continue;
      }
      Row row = readRow(lineNo, fields, errors);
      if (row.code().isEmpty()) {
        continue;
      }
      Row first = rowsByCode.putIfAbsent(row.code(), row);
      if (first != null) {
        errors.add(
            lineNo,
            "duplicate code "
                + row.code()
                + ": line "
                + first.line()
                + " and line "
                + lineNo
                + " both use it");
      }
    }
    return rowsByCode;
  }

  private Row readRow(int lineNo, List<String> fields, Errors errors) {
    String levelText = fields.get(0).strip();
    String code = fields.get(1).strip();
    String name = nfc(fields.get(2).strip());
    String parentCode = fields.get(3).strip();
    String type = nfc(fields.get(4).strip());

    AreaLevel level = AreaLevel.fromCsv(levelText).orElse(null);
    if (level == null) {
      errors.add(lineNo, "unknown level \"" + levelText + "\"; expected city, district or commune");
    }
    if (code.isEmpty()) {
      errors.add(lineNo, "the code is empty");
    } else if (!GSO_CODE.matcher(code).matches()) {
      errors.add(lineNo, "the code \"" + code + "\" is not a GSO code (1 to 10 digits)");
    }
    if (name.isEmpty()) {
      errors.add(lineNo, "the name is empty");
    } else if (name.length() > MAX_NAME) {
      errors.add(lineNo, "the name is longer than " + MAX_NAME + " characters");
    }
    if (type.isEmpty()) {
      errors.add(lineNo, "the type is empty");
    } else if (type.length() > MAX_TYPE) {
      errors.add(lineNo, "the type is longer than " + MAX_TYPE + " characters");
    }
    return new Row(lineNo, level, code, name, parentCode.isEmpty() ? null : parentCode, type);
  }

  /** Checks how the rows hang together: one city, known parents, no cycles, sensible levels. */
  private static final class StructureCheck {
    private final Map<String, Row> rows;
    private final Errors errors;

    StructureCheck(Map<String, Row> rows, Errors errors) {
      this.rows = rows;
      this.errors = errors;
    }

    void run() {
      checkSingleCity();
      Set<String> onCycles = reportCycles();
      for (Row row : rows.values()) {
        checkParent(row, onCycles.contains(row.code()));
      }
    }

    private void checkSingleCity() {
      List<Row> cities = rows.values().stream().filter(r -> r.level() == AreaLevel.CITY).toList();
      if (cities.isEmpty()) {
        errors.add(LineError.WHOLE_FILE, "the file has no city row; the tree needs exactly one");
      }
      for (Row extra : cities.subList(Math.min(1, cities.size()), cities.size())) {
        errors.add(
            extra.line(),
            "a second city " + extra.code() + "; the city is already " + cities.get(0).where());
      }
    }

    private void checkParent(Row row, boolean onCycle) {
      if (row.level() == AreaLevel.CITY) {
        if (row.parentCode() != null) {
          errors.add(
              row.line(),
              "the city "
                  + row.code()
                  + " must not have a parent (found "
                  + row.parentCode()
                  + ")");
        }
        return;
      }
      if (row.parentCode() == null) {
        // A row of unknown level is already reported; it may have been meant as the city.
        if (row.level() != null) {
          errors.add(row.line(), "the parent code is empty; only the city has no parent");
        }
        return;
      }
      Row parent = rows.get(row.parentCode());
      if (parent == null) {
        errors.add(row.line(), "unknown parent " + row.parentCode() + " of " + row.code());
        return;
      }
      // On a cycle the cycle is the fault to fix; a level complaint would only add noise.
      if (!onCycle
          && row.level() != null
          && parent.level() != null
          && !row.level().mayHaveParent(parent.level())) {
        errors.add(
            row.line(),
            "a "
                + row.level().csvValue()
                + " cannot sit directly under a "
                + parent.level().csvValue()
                + " (parent "
                + parent.where()
                + ")");
      }
    }

    /** Reports every cycle of parent links on each line involved; returns the codes on cycles. */
    private Set<String> reportCycles() {
      Set<String> done = new HashSet<>();
      Set<String> onCycles = new HashSet<>();
      for (String start : rows.keySet()) {
        List<String> path = new ArrayList<>();
        Map<String, Integer> positionOnPath = new HashMap<>();
        String current = start;
        while (current != null && rows.containsKey(current) && !done.contains(current)) {
          if (positionOnPath.containsKey(current)) {
            List<String> cycle = path.subList(positionOnPath.get(current), path.size());
            reportCycle(cycle);
            onCycles.addAll(cycle);
            break;
          }
          positionOnPath.put(current, path.size());
          path.add(current);
          current = rows.get(current).parentCode();
        }
        done.addAll(path);
      }
      return onCycles;
    }

    private void reportCycle(List<String> cycle) {
      StringBuilder description = new StringBuilder("cycle in parent links: ");
      for (String code : cycle) {
        description.append(rows.get(code).where()).append(" -> ");
      }
      description.append(cycle.get(0));
      for (String code : cycle) {
        errors.add(rows.get(code).line(), description.toString());
      }
    }
  }

  private static AreaImportException fileError(String message) {
    return new AreaImportException(new LineError(LineError.WHOLE_FILE, message));
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw fileError("the file is not UTF-8 text; save it as \"CSV UTF-8\"");
    }
  }

  /**
   * Splits into lines (LF or CRLF), drops a byte-order mark and the empty piece after a final
   * newline.
   */
  private static List<String> splitLines(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** RFC 4180 as spreadsheets write it; text after a closing quote is kept, as before. */
  private static final CSVFormat LINE =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setTrailingData(true).get();

  /**
   * RFC 4180 fields of one line (spreadsheets quote names with commas), read by Apache Commons CSV;
   * null if a quote is left open.
   */
  public static List<String> splitFields(String line) {
    try (CSVParser parser = CSVParser.parse(line, LINE)) {
      List<String> fields = new ArrayList<>();
      // A lone carriage return inside the line ends a CSV record: keep every field of the line.
      for (CSVRecord rec : parser) {
        fields.addAll(rec.toList());
      }
      return fields.isEmpty() ? List.of("") : fields;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
