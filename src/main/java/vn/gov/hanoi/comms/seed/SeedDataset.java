package vn.gov.hanoi.comms.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.gov.hanoi.comms.area.AreaCsvParser;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.area.ReferenceAreaList;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationCsv;

/**
 * The demo and test data sets (src/main/resources/seed/README.md): an area set and the units on it,
 * loaded into an empty database only when a profile asks for one (T-5).
 */
public enum SeedDataset {
  /** Production: no demo unit, no demo area. */
  NONE("none", null, null, null, null),
  /** Today's two-level Hanoi on the official list in force since 1 July 2025: the demo. */
  HANOI_2025(
      "hanoi-2025",
      ReferenceAreaList.HANOI_2025_07.id(),
      ReferenceAreaList.HANOI_2025_07.name(),
      null,
      "seed/hanoi-2025/organisations.csv"),
  /**
   * The three-level Hanoi of 2024 the seed documents assume (part of the official list): the tests'
   * fixture.
   */
  HANOI_2024(
      "hanoi-2024",
      "hanoi-2024-demo",
      "Hà Nội 2024 (mẫu: thành phố, 30 quận/huyện, xã/phường của Ba Đình, Hoàn Kiếm, Mê Linh, Hà Đông)",
      "seed/hanoi-2024/areas.csv",
      "seed/hanoi-2024/organisations.csv");

  private final String id;
  private final String areaSetId;
  private final String areaSetName;
  private final String areasResource;
  private final String organisationsResource;

  SeedDataset(
      String id,
      String areaSetId,
      String areaSetName,
      String areasResource,
      String organisationsResource) {
    this.id = id;
    this.areaSetId = areaSetId;
    this.areaSetName = areaSetName;
    this.areasResource = areasResource;
    this.organisationsResource = organisationsResource;
  }

  public static SeedDataset of(String id) {
    String wanted = id == null || id.isBlank() ? "none" : id.strip();
    return Arrays.stream(values())
        .filter(d -> d.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "app.seed.dataset: unknown data set \""
                        + wanted
                        + "\"; use none, hanoi-2025 or hanoi-2024"));
  }

  public String id() {
    return id;
  }

  public String areaSetId() {
    return areaSetId;
  }

  public String areaSetName() {
    return areaSetName;
  }

  /** The official list this data set runs on, or null when it has an area file of its own. */
  public ReferenceAreaList referenceList() {
    return areasResource == null && areaSetId != null
        ? ReferenceAreaList.find(areaSetId).orElseThrow()
        : null;
  }

  public InputStream openAreas() {
    return open(areasResource);
  }

  public AreaTree areaTree() {
    if (referenceList() != null) {
      return referenceList().tree();
    }
    try (InputStream in = openAreas()) {
      return new AreaTree(new AreaCsvParser().parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data set's units, checked against its own area tree like an administrator's import. */
  public List<Organisation> organisations() {
    if (organisationsResource == null) {
      return List.of();
    }
    try (InputStream in = open(organisationsResource)) {
      return OrganisationCsv.read(in, areaTree());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    try {
      return new ClassPathResource(resource).getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Data set file " + resource + " is missing from the build", e);
    }
  }
}
