package vn.gov.hanoi.comms.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.QueryParams;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/**
 * Units as data, administrators only (SecurityConfig): list, register, edit and import the
 * organisations that take part in the flows. The admin page /admin/organisations.html calls this
 * API.
 */
@RestController
@RequestMapping("/api/organisations")
public class OrganisationController {
  private final OrganisationService organisations;

  public OrganisationController(OrganisationService organisations) {
    this.organisations = organisations;
  }

  /** The units by code, optionally of one kind; paged (Paging: page, size, X-Total-Count, Link). */
  @GetMapping
  public ResponseEntity<List<Organisation>> list(
      @RequestParam(value = "kind", required = false) String kind,
      @RequestParam(value = "page", required = false) String page,
      @RequestParam(value = "size", required = false) String size) {
    Paging paging = Paging.of(page, size);
    List<FieldError> errors = new ArrayList<>();
    OrganisationKind k = QueryParams.oneOf("kind", kind, OrganisationKind.class, errors);
    QueryParams.refuseIfAny(errors);
    return paging.answer(organisations.page(k, paging), organisations.count(k));
  }

  /** The kinds a unit can have, with their Vietnamese names and the level of their home area. */
  public record Kind(String kind, String label, String homeLevel) {}

  @GetMapping("/kinds")
  public List<Kind> kinds() {
    return Arrays.stream(OrganisationKind.values())
        .map(k -> new Kind(k.name(), k.label(), k.homeLevel().csvValue()))
        .toList();
  }

  @GetMapping("/{code}")
  public Organisation get(@PathVariable String code) {
    return organisations
        .find(code)
        .orElseThrow(() -> new NotFoundException("Không có đơn vị " + code));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Organisation register(@RequestBody OrganisationInput input) {
    return organisations.register(input);
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Organisation update(@PathVariable String code, @RequestBody OrganisationInput input) {
    return organisations.update(code, input);
  }

  /**
   * A CSV of units ({@value OrganisationCsv#HEADER}): refused whole, with line numbers, at the
   * first fault.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public OrganisationService.ImportResult importCsv(@RequestPart("file") MultipartFile file)
      throws IOException {
    if (file.isEmpty()) {
      throw new ValidationProblemException(
          "Tệp đơn vị bị từ chối; không có gì được nhập",
          List.of(new FieldError("file", "Tệp rỗng")));
    }
    try (InputStream in = file.getInputStream()) {
      return organisations.importCsv(in);
    } catch (OrganisationCsv.ImportException e) {
      throw new ValidationProblemException(
          "Tệp đơn vị bị từ chối; không có gì được nhập",
          e.errors().stream()
              .map(
                  l ->
                      new FieldError(
                          l.concernsWholeFile() ? "file" : "line " + l.line(), l.message()))
              .toList());
    }
  }
}
