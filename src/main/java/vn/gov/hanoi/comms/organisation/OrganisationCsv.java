package vn.gov.hanoi.comms.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the organisation seed file ({@code code,name,kind,home_area_code,email}, UTF-8).
 * Meant for files shipped with the product, so a fault fails fast rather than being collected.
 */
public final class OrganisationCsv {

  public static final String HEADER = "code,name,kind,home_area_code,email";

  private OrganisationCsv() {}

  public static List<Organisation> read(InputStream csv) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
        throw new IllegalArgumentException("line 1: expected the header " + HEADER);
      }
      List<Organisation> organisations = new ArrayList<>();
      int lineNo = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          organisations.add(parseLine(lineNo, line));
        }
      }
      return organisations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Organisation parseLine(int lineNo, String line) {
    String[] fields = line.split(",", -1);
    if (fields.length != 5) {
      throw new IllegalArgumentException("line " + lineNo + ": expected 5 columns (" + HEADER + ")");
    }
    try {
      return new Organisation(fields[0].strip(), Normalizer.normalize(fields[1].strip(), Normalizer.Form.NFC),
          OrganisationKind.valueOf(fields[2].strip().toUpperCase(Locale.ROOT)), fields[3].strip(), fields[4].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
    }
  }
}
