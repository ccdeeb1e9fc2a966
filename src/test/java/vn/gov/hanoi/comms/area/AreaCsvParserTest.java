package vn.gov.hanoi.comms.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AreaCsvParserTest {

  private final AreaCsvParser parser = new AreaCsvParser();

  private static final String HEADER = "level,code,name,parent_code,type\n";
  private static final String CITY = "city,01,Thành phố Hà Nội,,thành phố trực thuộc trung ương\n";

  @Nested
  class OfficialLists {

    @Test
    @DisplayName(
        "A-1/A-3: the 2024 list reads as 1 city, 30 district-level and 579 commune-level units")
    void list2024() {
      List<Area> areas = ReferenceAreaFiles.parse(ReferenceAreaFiles.Y2024);

      assertThat(countByLevel(areas))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(AreaLevel.CITY, 1L, AreaLevel.DISTRICT, 30L, AreaLevel.COMMUNE, 579L));
      assertThat(areas)
          .contains(new Area("00004", "Phường Trúc Bạch", AreaLevel.COMMUNE, "phường", "001"));
      assertThat(areas.get(0))
          .isEqualTo(
              new Area(
                  "01",
                  "Thành phố Hà Nội",
                  AreaLevel.CITY,
                  "thành phố trực thuộc trung ương",
                  null));
    }

    @Test
    @DisplayName(
        "A-3: the January-June 2025 list reads as 1 city, 30 district-level and 526 commune-level units")
    void listFirstHalf2025() {
      assertThat(countByLevel(ReferenceAreaFiles.parse(ReferenceAreaFiles.H1_2025)))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(AreaLevel.CITY, 1L, AreaLevel.DISTRICT, 30L, AreaLevel.COMMUNE, 526L));
    }

    @Test
    @DisplayName(
        "A-2: the July 2025 list (no district level) reads as 1 city and 126 communes under it")
    void listFromJuly2025() {
      List<Area> areas = ReferenceAreaFiles.parse(ReferenceAreaFiles.FROM_JULY_2025);

      assertThat(countByLevel(areas))
          .containsExactlyInAnyOrderEntriesOf(Map.of(AreaLevel.CITY, 1L, AreaLevel.COMMUNE, 126L));
      assertThat(areas)
          .filteredOn(a -> a.level() == AreaLevel.COMMUNE)
          .allMatch(a -> a.parentCode().equals("01"));
    }

    @Test
    @DisplayName(
        "A-3: the tests' 2024 fixture is a valid list (city, 30 districts, communes of 001, 002, 250, 268)")
    void fixtureSubset() throws Exception {
      try (InputStream in = vn.gov.hanoi.comms.seed.SeedDataset.HANOI_2024.openAreas()) {
        List<Area> areas = parser.parse(in);
        assertThat(countByLevel(areas))
            .containsEntry(AreaLevel.CITY, 1L)
            .containsEntry(AreaLevel.DISTRICT, 30L);
        assertThat(areas)
            .filteredOn(a -> a.level() == AreaLevel.COMMUNE)
            .extracting(Area::parentCode)
            .containsOnly("001", "002", "250", "268");
        assertThat(areas)
            .filteredOn(a -> a.level() == AreaLevel.COMMUNE)
            .hasSize(14 + 18 + 18 + 17);
      }
    }

    private Map<AreaLevel, Long> countByLevel(List<Area> areas) {
      return areas.stream().collect(Collectors.groupingBy(Area::level, Collectors.counting()));
    }
  }

  @Nested
  class BadFiles {

    @Test
    @DisplayName("A-3: a file with an unknown parent is rejected whole with the lines at fault")
    void unknownParent() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,Quận Ba Đình,01,quận\n"
                  + "commune,00004,Phường Trúc Bạch,009,phường\n"
                  + "commune,00028,Phường Kim Mã,001,phường\n"
                  + "commune,00061,Phường Hàng Bạc,002,phường\n");

      assertThat(lines(e)).containsExactly(4, 6);
      assertThat(e.errors().get(0).message()).contains("unknown parent 009");
      assertThat(e.errors().get(1).message()).contains("unknown parent 002");
    }

    @Test
    @DisplayName("A-3: a file with a duplicate code is rejected whole, naming both lines")
    void duplicateCode() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,Quận Ba Đình,01,quận\n"
                  + "commune,00004,Phường Trúc Bạch,001,phường\n"
                  + "district,001,Quận Ba Đình,01,quận\n"
                  + "commune,00004,Phường Trúc Bạch,001,phường\n");

      assertThat(lines(e)).containsExactly(5, 6);
      assertThat(e.errors().get(0).message()).contains("001", "line 3", "line 5");
      assertThat(e.errors().get(1).message()).contains("00004", "line 4", "line 6");
    }

    @Test
    @DisplayName("A-3: a file with a cycle is rejected whole with the lines at fault")
    void cycle() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,Quận Ba Đình,01,quận\n"
                  + "commune,00004,Phường Trúc Bạch,00007,phường\n"
                  + "commune,00028,Phường Kim Mã,001,phường\n"
                  + "commune,00007,Phường Cống Vị,00004,phường\n");

      assertThat(lines(e)).containsExactly(4, 6);
      assertThat(e.errors())
          .allSatisfy(
              error ->
                  assertThat(error.message())
                      .contains("cycle", "00004 (line 4)", "00007 (line 6)"));
    }

    @Test
    @DisplayName("A-3: a self-parented area is a cycle of one line")
    void selfParent() {
      AreaImportException e = rejected(HEADER + CITY + "district,001,Quận Ba Đình,001,quận\n");

      assertThat(lines(e)).containsExactly(3);
      assertThat(e.errors().get(0).message()).contains("cycle");
    }

    @Test
    @DisplayName("A-3: a file with an unknown level is rejected whole with the lines at fault")
    void unknownLevel() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,Quận Ba Đình,01,quận\n"
                  + "ward,00004,Phường Trúc Bạch,001,phường\n"
                  + "commune,00028,Phường Kim Mã,001,phường\n"
                  + "province,02,Tỉnh Hà Giang,,tỉnh\n");

      assertThat(lines(e)).containsExactly(4, 6);
      assertThat(e.errors().get(0).message()).contains("unknown level \"ward\"");
      assertThat(e.errors().get(1).message()).contains("unknown level \"province\"");
    }

    @Test
    @DisplayName(
        "A-3: an open quote or a wrong column count is named with its line; the other lines are still read")
    void badQuotingAndColumns() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,\"Quận Ba Đình,01,quận\n"
                  + "district,002,Quận Hoàn Kiếm,01\n"
                  + "district,003,\"Quận \"\"Tây\"\" Hồ\",01,quận,thừa\n"
                  + "commune,00004,Phường Trúc Bạch,009,phường\n");

      assertThat(lines(e)).containsExactly(3, 4, 5, 6);
      assertThat(e.errors().get(0).message()).isEqualTo("a quoted value is not closed");
      assertThat(e.errors().get(1).message())
          .isEqualTo("expected 5 columns (level,code,name,parent_code,type) but found 4");
      assertThat(e.errors().get(2).message()).contains("but found 6");
      assertThat(e.errors().get(3).message()).isEqualTo("unknown parent 009 of 00004");
    }

    @Test
    @DisplayName("A-3: a file with a wrong header is rejected at line 1")
    void wrongHeader() {
      AreaImportException e = rejected("cap,ma,ten,ma_cha,loai\n" + CITY);

      assertThat(e.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.line()).isEqualTo(1);
                assertThat(error.message()).contains("level,code,name,parent_code,type");
              });
    }

    @Test
    @DisplayName("A-3: every fault of a file is reported at once, in line order")
    void everyFaultReported() {
      AreaImportException e =
          rejected(
              HEADER
                  + CITY
                  + "district,001,Quận Ba Đình,01\n" // 3: four columns
                  + "district,002,,01,quận\n" // 4: empty name
                  + "commune,,Phường X,002,phường\n" // 5: empty code
                  + "district,003,Quận Tây Hồ,,quận\n" // 6: no parent
                  + "city,02,Thành phố Khác,01,thành phố\n" // 7: a second city, with a parent
                  + "commune,00070,Phường Hàng Trống,00061,phường\n" // 8: commune under commune
                  + "commune,00061,Phường Hàng Bạc,002,phường\n" // 9: fine
                  + "district,004,Quận Long Biên,00061,quận\n" // 10: district under commune
                  + "commune,00037,Phường Phúc Tân,01,phường\n"); // 11: fine, commune under city
      //

      assertThat(lines(e)).containsExactly(3, 4, 5, 6, 7, 7, 8, 10);
      assertThat(e.errors())
          .extracting(LineError::message)
          .anySatisfy(m -> assertThat(m).contains("a commune cannot sit directly under a commune"));
    }

    @Test
    @DisplayName("A-3: a file without a city is refused as a whole")
    void noCity() {
      AreaImportException e = rejected(HEADER + "district,001,Quận Ba Đình,01,quận\n");

      assertThat(e.errors()).extracting(LineError::line).contains(LineError.WHOLE_FILE, 2);
    }

    @Test
    @DisplayName("A-3: a file of more than 20,000 lines is refused with a clear message")
    void tooManyLines() {
      String rows = "commune,00004,Phường Trúc Bạch,01,phường\n".repeat(AreaCsvParser.MAX_LINES);
      AreaImportException e = rejected(HEADER + rows);

      assertThat(e.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.concernsWholeFile()).isTrue();
                assertThat(error.message()).contains("20001 lines", "20000");
              });
    }

    @Test
    @DisplayName("A-3: a file over 5 MB is refused without reading it all")
    void tooLarge() {
      byte[] big = new byte[AreaCsvParser.MAX_BYTES + 1];
      Arrays.fill(big, (byte) 'x');

      AreaImportException e =
          catchThrowableOfType(
              () -> parser.parse(new ByteArrayInputStream(big)), AreaImportException.class);

      assertThat(e.errors())
          .singleElement()
          .satisfies(error -> assertThat(error.message()).contains("larger than 5 MB"));
    }

    @Test
    @DisplayName("A-3: a file that is not UTF-8 is refused")
    void notUtf8() {
      byte[] latin1 =
          (HEADER + "city,01,Thành phố Hà Nội,,thành phố\n").getBytes(StandardCharsets.ISO_8859_1);

      assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(latin1)))
          .isInstanceOf(AreaImportException.class)
          .hasMessageContaining("UTF-8");
    }
  }

  @Test
  @DisplayName("A-3: names are stored NFC, quoted fields, CRLF and a byte-order mark are accepted")
  void normalisesAndToleratesSpreadsheetExports() {
    String nfd = Normalizer.normalize("Phường Trúc Bạch", Normalizer.Form.NFD);
    String csv =
        "\uFEFF"
            + HEADER.replace("\n", "\r\n")
            + CITY.replace("\n", "\r\n")
            + "district,001,\"Quận Ba Đình, Hà Nội\",01,quận\r\n"
            + "commune,00004,"
            + nfd
            + ",001,phường\r\n";

    Map<String, Area> byCode =
        parser.parse(csv).stream().collect(Collectors.toMap(Area::code, Function.identity()));

    assertThat(byCode.get("00004").name()).isEqualTo("Phường Trúc Bạch").isNotEqualTo(nfd);
    assertThat(byCode.get("001").name()).isEqualTo("Quận Ba Đình, Hà Nội");
  }

  @Test
  @DisplayName(
      "A-3: fields are split as RFC 4180 says: quoted commas and doubled quotes, spaces around")
  void splitsFields() {
    assertThat(AreaCsvParser.splitFields(" a , \"b, c\",\"d \"\"e\"\"\",,"))
        .containsExactly("a", "b, c", "d \"e\"", "", "");
    assertThat(AreaCsvParser.splitFields("")).containsExactly("");
    assertThat(AreaCsvParser.splitFields("a,\"b")).isNull();
  }

  private AreaImportException rejected(String csv) {
    AreaImportException e =
        catchThrowableOfType(() -> parser.parse(csv), AreaImportException.class);
    assertThat(e).as("the file should have been refused").isNotNull();
    return e;
  }

  private static List<Integer> lines(AreaImportException e) {
    return e.errors().stream().map(LineError::line).toList();
  }
}
