package vn.gov.hanoi.comms.organisation;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.UnknownAreaException;
import vn.gov.hanoi.comms.common.web.ConflictException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/**
 * Units as data: administrators register, edit and import organisations; every change is
 * checked against the area list in force and refused whole with the faults named. Each change is
 * announced ({@link OrganisationsChanged}) so that the unit's Camunda groups exist at once.
 */
@Service
public class OrganisationService {

  private final OrganisationRepository repository;
  private final AreaService areas;
  private final ApplicationEventPublisher events;

  public OrganisationService(
      OrganisationRepository repository, AreaService areas, ApplicationEventPublisher events) {
    this.repository = repository;
    this.areas = areas;
    this.events = events;
  }

  public Optional<Organisation> find(String code) {
    return code == null ? Optional.empty() : repository.findByCode(code);
  }

  /**
   * @throws UnknownOrganisationException if no organisation has this code
   */
  public Organisation require(String code) {
    return find(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  public List<Organisation> findAll() {
    return repository.findAll();
  }

  public List<Organisation> page(OrganisationKind kind, Paging paging) {
    return repository.page(kind, paging);
  }

  public long count(OrganisationKind kind) {
    return repository.count(kind);
  }

  public List<Organisation> findByKind(OrganisationKind kind) {
    return repository.findByKind(kind);
  }

  /** A new unit. @throws ConflictException if its code is taken */
  @Transactional
  public Organisation register(OrganisationInput input) {
    Organisation o = checked(input);
    if (repository.findByCode(o.code()).isPresent()) {
      throw new ConflictException(
          "Mã đơn vị "
              + o.code()
              + " đã có; sửa đơn vị đó bằng PUT /api/organisations/"
              + o.code());
    }
    repository.save(o);
    events.publishEvent(new OrganisationsChanged(List.of(o)));
    return o;
  }

  /** Edits a unit; its code stays (processes and groups refer to it). */
  @Transactional
  public Organisation update(String code, OrganisationInput input) {
    if (repository.findByCode(code).isEmpty()) {
      throw new NotFoundException("Không có đơn vị " + code);
    }
    if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(code)) {
      throw new ValidationProblemException(
          "Đơn vị không hợp lệ",
          List.of(
              new FieldError(
                  "code", "Không đổi được mã đơn vị (" + code + "); hãy đăng ký đơn vị mới")));
    }
    Organisation o =
        checked(
            new OrganisationInput(
                code,
                input.name(),
                input.kind(),
                input.homeAreaCode(),
                input.email(),
                input.abbreviation()));
    repository.save(o);
    events.publishEvent(new OrganisationsChanged(List.of(o)));
    return o;
  }

  /** Result of an import: how many units were new and how many replaced an existing one. */
  public record ImportResult(int created, int updated) {}

  /**
   * Imports a list of units (new codes are registered, known codes replaced), all or nothing.
   *
   * @throws OrganisationCsv.ImportException with every fault and its line number; nothing is stored
   */
  @Transactional
  public ImportResult importCsv(InputStream csv) {
    List<Organisation> read = OrganisationCsv.read(csv, areas.currentTree());
    int created = 0;
    for (Organisation o : read) {
      if (repository.findByCode(o.code()).isEmpty()) {
        created++;
      }
      repository.save(o);
    }
    events.publishEvent(new OrganisationsChanged(read));
    return new ImportResult(created, read.size() - created);
  }

  /**
   * Inserts or replaces an organisation that was checked elsewhere (seed files).
   *
   * @throws UnknownAreaException if its home area is not in the area tree in force
   */
  public void save(Organisation organisation) {
    areas.currentTree().require(organisation.homeAreaCode());
    repository.save(organisation);
  }

  private Organisation checked(OrganisationInput input) {
    OrganisationValidator.Result r = OrganisationValidator.check(input, areas.currentTree());
    if (!r.errors().isEmpty()) {
      throw new ValidationProblemException("Đơn vị không hợp lệ", r.errors());
    }
    return r.organisation();
  }
}
