package vn.gov.hanoi.comms.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The official Hanoi lists kept outside the repository (../shared/data/areas from the project root). */
final class ReferenceAreaFiles {

  static final Path DIR = Path.of("..", "shared", "data", "areas");
  static final String Y2024 = "hanoi_units_2024.csv";
  static final String H1_2025 = "hanoi_units_2025-01_to_2025-06.csv";
  static final String FROM_JULY_2025 = "hanoi_units_2025.csv";

  private ReferenceAreaFiles() {}

  static List<Area> parse(String file) {
    try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
      return new AreaCsvParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AreaTree tree(String file) {
    return new AreaTree(parse(file));
  }

  static InputStream open(String file) {
    try {
      return Files.newInputStream(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
