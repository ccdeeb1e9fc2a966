package vn.gov.hanoi.comms.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.area.AreaService;

/** Look-up and registration of organisations (SPEC A-4). */
@Service
public class OrganisationService {

  private final OrganisationRepository repository;
  private final AreaService areas;

  public OrganisationService(OrganisationRepository repository, AreaService areas) {
    this.repository = repository;
    this.areas = areas;
  }

  public Optional<Organisation> find(String code) {
    return code == null ? Optional.empty() : repository.findByCode(code);
  }

  /** @throws UnknownOrganisationException if no organisation has this code */
  public Organisation require(String code) {
    return find(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  public List<Organisation> findAll() {
    return repository.findAll();
  }

  public List<Organisation> findByKind(OrganisationKind kind) {
    return repository.findByKind(kind);
  }

  /**
   * Inserts or replaces an organisation.
   *
   * @throws vn.gov.hanoi.comms.area.UnknownAreaException if its home area is not in the area tree in force
   */
  public void save(Organisation organisation) {
    areas.currentTree().require(organisation.homeAreaCode());
    repository.save(organisation);
  }
}
