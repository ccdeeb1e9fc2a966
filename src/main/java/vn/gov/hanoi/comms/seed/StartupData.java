package vn.gov.hanoi.comms.seed;

import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.AreaProperties;
import vn.gov.hanoi.comms.area.AreaRepository;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaSetAlreadyExistsException;
import vn.gov.hanoi.comms.area.ReferenceAreaList;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationRepository;
import vn.gov.hanoi.comms.organisation.OrganisationService;

/**
 * What an empty database starts with. Without a data set (production, T-5): the official area list
 * in force today (app.areas.initial-list, reference data, not demo data) and no unit at all:
 * administrators register the units. With a data set (the demo and test profiles): its area set and
 * its units. Never touches a database that already has areas or units.
 */
@Component
@Order(StartupOrder.AREAS_AND_UNITS)
public class StartupData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(StartupData.class);

  private final AreaRepository areaRepository;
  private final AreaService areas;
  private final OrganisationRepository organisationRepository;
  private final OrganisationService organisations;
  private final SeedDataset dataset;
  private final String initialList;

  public StartupData(
      AreaRepository areaRepository,
      AreaService areas,
      OrganisationRepository organisationRepository,
      OrganisationService organisations,
      SeedProperties seed,
      AreaProperties areaProperties) {
    this.areaRepository = areaRepository;
    this.areas = areas;
    this.organisationRepository = organisationRepository;
    this.organisations = organisations;
    this.dataset = SeedDataset.of(seed.dataset());
    String initialList = areaProperties.initialList();
    this.initialList = initialList == null ? "" : initialList.strip();
  }

  @Override
  public void run(ApplicationArguments args) {
    loadAreas();
    loadOrganisations();
  }

  /**
   * @return the area set imported, or null when areas were already there or none is configured
   */
  public String loadAreas() {
    if (areaRepository.anySetExists()) {
      return null;
    }
    try {
      if (dataset != SeedDataset.NONE) {
        if (dataset.referenceList() != null) {
          areas.importReference(dataset.referenceList(), true);
        } else {
          try (InputStream csv = dataset.openAreas()) {
            areas.importCsv(dataset.areaSetId(), dataset.areaSetName(), csv, true);
          }
        }
        log.info("Data set {}: area set {} imported", dataset.id(), dataset.areaSetId());
        return dataset.areaSetId();
      }
      if (initialList.isEmpty()) {
        log.warn(
            "No area list: import one (POST /api/areas/reference/{id} or /api/areas/import) before registering units");
        return null;
      }
      ReferenceAreaList list =
          ReferenceAreaList.find(initialList)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "app.areas.initial-list: no shipped list "
                              + initialList
                              + "; one of "
                              + ReferenceAreaList.ALL.stream()
                                  .map(ReferenceAreaList::id)
                                  .toList()));
      areas.importReference(list, true);
      log.info("Official area list {} imported (reference data)", list.id());
      return list.id();
    } catch (AreaSetAlreadyExistsException e) {
      log.info("Area set {} was imported by another node", e.getMessage());
      return null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @return how many units of the data set were registered (0 when units exist or no data set is
   *     chosen)
   */
  public int loadOrganisations() {
    if (dataset == SeedDataset.NONE || organisationRepository.count() > 0) {
      return 0;
    }
    List<Organisation> units = dataset.organisations();
    units.forEach(organisations::save);
    log.info("Data set {}: {} units registered", dataset.id(), units.size());
    return units.size();
  }
}
