package vn.gov.hanoi.comms.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds a realistic set of Hanoi units on a fresh installation so that the flows can be tried
 * at once. Runs after {@link vn.gov.hanoi.comms.area.BuiltInAreas} (order 10) because home
 * areas are checked against the area tree.
 */
@Component
@Order(20)
public class DemoOrganisations implements ApplicationRunner {

  public static final String RESOURCE = "organisations/demo-organisations.csv";

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

  private final OrganisationRepository repository;
  private final OrganisationService service;

  public DemoOrganisations(OrganisationRepository repository, OrganisationService service) {
    this.repository = repository;
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    loadIfEmpty();
  }

  /** @return how many organisations were seeded (0 when the table already had rows) */
  public int loadIfEmpty() {
    if (repository.count() > 0) {
      return 0;
    }
    List<Organisation> organisations;
    try (InputStream csv = new ClassPathResource(RESOURCE).getInputStream()) {
      organisations = OrganisationCsv.read(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
    organisations.forEach(service::save);
    log.info("Seeded {} demo organisations", organisations.size());
    return organisations.size();
  }
}
