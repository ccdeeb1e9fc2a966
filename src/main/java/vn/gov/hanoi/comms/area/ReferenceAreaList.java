package vn.gov.hanoi.comms.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * Hanoi's official area lists shipped inside the product as reference data
 * (src/main/resources/reference/areas, whose README gives their provenance). GSO codes and names
 * are public facts; the product needs no outside file to build, test or run. The id is also the
 * area set's id when the list is imported.
 *
 * @param mapping the merge mapping from the previous list's communes to this list's, or null
 */
public record ReferenceAreaList(
    String id, String name, LocalDate validFrom, String resource, String mapping) {

  public static final String FOLDER = "reference/areas/";

  /** 2024: city, 30 district-level units, 579 communes; the state the seed documents assume. */
  public static final ReferenceAreaList HANOI_2024 =
      new ReferenceAreaList(
          "hanoi-2024",
          "Hà Nội 2024 (ba cấp: 30 quận/huyện/thị xã, 579 xã/phường/thị trấn)",
          LocalDate.of(2024, 1, 1),
          "hanoi_units_2024.csv",
          null);

  /** 1 January to 30 June 2025: 30 district-level units, 526 communes. */
  public static final ReferenceAreaList HANOI_2025_H1 =
      new ReferenceAreaList(
          "hanoi-2025-01",
          "Hà Nội 01/01–30/06/2025 (ba cấp: 30 quận/huyện/thị xã, 526 xã/phường/thị trấn)",
          LocalDate.of(2025, 1, 1),
          "hanoi_units_2025-01_to_2025-06.csv",
          null);

  /**
   * From 1 July 2025 (Resolution 1656/NQ-UBTVQH15): 126 communes and wards directly under the city.
   */
  public static final ReferenceAreaList HANOI_2025_07 =
      new ReferenceAreaList(
          "hanoi-2025-07",
          "Hà Nội từ 01/07/2025 (hai cấp: 126 xã, phường)",
          LocalDate.of(2025, 7, 1),
          "hanoi_units_2025.csv",
          "hanoi_2025_merge_mapping.csv");

  public static final List<ReferenceAreaList> ALL =
      List.of(HANOI_2024, HANOI_2025_H1, HANOI_2025_07);

  public static Optional<ReferenceAreaList> find(String id) {
    return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public InputStream open() {
    return openResource(resource);
  }

  public List<Area> areas() {
    try (InputStream in = open()) {
      return new AreaCsvParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public AreaTree tree() {
    return new AreaTree(areas());
  }

  /** The merge mapping shipped with this list; empty when it has none. */
  public List<AreaMerge> merges() {
    if (mapping == null) {
      return List.of();
    }
    try (InputStream in = openResource(mapping)) {
      return AreaMerge.readCsv(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream openResource(String file) {
    try {
      return new ClassPathResource(FOLDER + file).getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Reference file " + FOLDER + file + " is missing from the build", e);
    }
  }
}
