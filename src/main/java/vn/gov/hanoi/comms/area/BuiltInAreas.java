package vn.gov.hanoi.comms.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives a fresh installation a small working area tree (Hanoi 2024: the city, its 30
 * districts and the communes of four of them) so that the demo runs before an administrator
 * imports the full official list. Does nothing once any set exists.
 */
@Component
@Order(10)
public class BuiltInAreas implements ApplicationRunner {

  public static final String SET_ID = "hanoi-2024-demo";
  public static final String SET_NAME = "Hà Nội 2024 (demo: city, 30 districts, communes of Ba Đình, Hoàn Kiếm, Mê Linh, Hà Đông)";
  public static final String RESOURCE = "areas/hanoi-demo-2024.csv";

  private static final Logger log = LoggerFactory.getLogger(BuiltInAreas.class);

  private final AreaRepository repository;
  private final AreaService service;

  public BuiltInAreas(AreaRepository repository, AreaService service) {
    this.repository = repository;
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    loadIfEmpty();
  }

  /** @return whether the built-in set was imported */
  public boolean loadIfEmpty() {
    if (repository.anySetExists()) {
      return false;
    }
    try (InputStream csv = new ClassPathResource(RESOURCE).getInputStream()) {
      AreaImportResult result = service.importCsv(SET_ID, SET_NAME, csv, true);
      log.info("Imported built-in area set {} ({} areas)", result.set().id(), result.areaCount());
      return true;
    } catch (AreaSetAlreadyExistsException e) {
      // Another node sharing the database started at the same moment and imported it.
      log.info("Built-in area set {} was imported by another node", SET_ID);
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
