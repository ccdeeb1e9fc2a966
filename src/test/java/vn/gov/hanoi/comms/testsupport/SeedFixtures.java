package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.seed.SeedDataset;

/**
 * The tests' three-level 2024 fixture (the seed data set hanoi-2024), for tests that build services
 * by hand.
 */
public final class SeedFixtures {
  public static final String AREA_SET_2024 = SeedDataset.HANOI_2024.areaSetId();

  private SeedFixtures() {}

  /** Imports and activates the 2024 fixture's area set. */
  public static void loadAreas2024(AreaService areas) {
    try (InputStream csv = SeedDataset.HANOI_2024.openAreas()) {
      areas.importCsv(
          SeedDataset.HANOI_2024.areaSetId(), SeedDataset.HANOI_2024.areaSetName(), csv, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
