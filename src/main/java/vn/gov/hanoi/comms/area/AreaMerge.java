package vn.gov.hanoi.comms.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a merge mapping: the earlier commune {@code oldCode} went, wholly ("full") or in part
 * ("partial"), into the newer commune {@code newCode}. The July 2025 reform merged 526 communes
 * into 126.
 */
public record AreaMerge(String newCode, String oldCode, boolean full) {

  static final String HEADER =
      "new_code,new_name,old_code,old_name,old_district_code,old_district_name,coverage";

  /**
   * Reads a shipped mapping file ({@value #HEADER}); a malformed line is a build fault, so it fails
   * fast.
   */
  static List<AreaMerge> readCsv(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
      throw new IllegalStateException("merge mapping: expected the header " + HEADER);
    }
    List<AreaMerge> merges = new ArrayList<>();
    int lineNo = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      List<String> f = AreaCsvParser.splitFields(line);
      if (f == null || f.size() != 7 || !(f.get(6).equals("full") || f.get(6).equals("partial"))) {
        throw new IllegalStateException(
            "merge mapping line " + lineNo + ": expected 7 columns ending in full or partial");
      }
      merges.add(new AreaMerge(f.get(0).strip(), f.get(2).strip(), f.get(6).equals("full")));
    }
    return merges;
  }
}
