package vn.gov.hanoi.comms.area;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ProblemFactory;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/** Read access to the area tree in force and import of official lists (A-1..A-3). */
@RestController
@RequestMapping("/api/areas")
public class AreaController {

  private final AreaService service;

  public AreaController(AreaService service) {
    this.service = service;
  }

  /** An area with its parent (absent for the city) and its direct children. */
  public record AreaDetails(Area area, Area parent, List<Area> children) {}

  @GetMapping("/{code}")
  public AreaDetails area(@PathVariable String code) {
    AreaTree tree = service.currentTree();
    Area area = tree.require(code);
    return new AreaDetails(area, tree.parentOf(code).orElse(null), tree.childrenOf(code));
  }

  /** Children of {@code parent}; without it, the top of the tree (the city). */
  @GetMapping
  public List<Area> children(@RequestParam(required = false) String parent) {
    AreaTree tree = service.currentTree();
    return parent == null ? List.of(tree.city()) : tree.childrenOf(parent);
  }

  /**
   * Imports an official list as a new set. Intended for administrators only: the security
   * configuration (owned elsewhere) must restrict this endpoint to the admin role.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public AreaImportResult importCsv(
      @RequestParam String setId,
      @RequestParam String name,
      @RequestParam(defaultValue = "false") boolean activate,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    List<FieldError> paramErrors = checkParams(setId, name, file);
    if (!paramErrors.isEmpty()) {
      throw new ValidationProblemException("The area import request is incomplete", paramErrors);
    }
    try (InputStream csv = file.getInputStream()) {
      return service.importCsv(setId, name, csv, activate);
    } catch (AreaImportException e) {
      throw new ValidationProblemException(
          "The area file was refused; nothing was imported", toFieldErrors(e.errors()));
    } catch (AreaSetAlreadyExistsException e) {
      throw new ValidationProblemException(
          "The area set already exists", List.of(new FieldError("setId", e.getMessage())));
    }
  }

  /** The imported area sets, the one in force marked active. */
  @GetMapping("/sets")
  public List<AreaSet> sets() {
    return service.sets();
  }

  /**
   * The official lists shipped with the product (reference data; see reference/areas/README.md).
   */
  public record ReferenceList(
      String id,
      String name,
      java.time.LocalDate validFrom,
      boolean hasMergeMapping,
      boolean imported) {}

  @GetMapping("/reference")
  public List<ReferenceList> referenceLists() {
    List<String> imported = service.sets().stream().map(AreaSet::id).toList();
    return ReferenceAreaList.ALL.stream()
        .map(
            l ->
                new ReferenceList(
                    l.id(),
                    l.name(),
                    l.validFrom(),
                    l.mapping() != null,
                    imported.contains(l.id())))
        .toList();
  }

  /**
   * Administrators: imports a shipped official list as an area set of the same id, with its merge
   * mapping; with {@code activate=true} it comes into force at once (organisations follow, or it is
   * refused whole).
   */
  @PostMapping("/reference/{id}")
  @ResponseStatus(HttpStatus.CREATED)
  public AreaImportResult importReference(
      @PathVariable String id, @RequestParam(defaultValue = "false") boolean activate) {
    ReferenceAreaList list =
        ReferenceAreaList.find(id)
            .orElseThrow(
                () ->
                    new vn.gov.hanoi.comms.common.web.NotFoundException(
                        "Không có danh mục tham chiếu " + id));
    try {
      return service.importReference(list, activate);
    } catch (AreaSetAlreadyExistsException e) {
      throw new ValidationProblemException(
          "The area set already exists", List.of(new FieldError("id", e.getMessage())));
    }
  }

  /** The body of an activation: where to place the organisations the merge mapping cannot place. */
  public record ActivationRequest(java.util.Map<String, String> homeAreas) {}

  /**
   * Administrators: brings an imported set into force; organisations' home areas follow (see the
   * preview).
   */
  @PostMapping("/sets/{setId}/activate")
  public AreaSet activate(
      @PathVariable String setId,
      @org.springframework.web.bind.annotation.RequestBody(required = false)
          ActivationRequest request) {
    service.activate(
        setId,
        request == null || request.homeAreas() == null ? java.util.Map.of() : request.homeAreas());
    return service.sets().stream().filter(s -> s.id().equals(setId)).findFirst().orElseThrow();
  }

  @ExceptionHandler(UnknownAreaException.class)
  public ResponseEntity<ProblemDetail> unknownArea(UnknownAreaException e) {
    return ProblemFactory.response(ProblemFactory.notFound("Unknown area", e.getMessage()));
  }

  private static List<FieldError> checkParams(String setId, String name, MultipartFile file) {
    List<FieldError> errors = new ArrayList<>();
    if (!AreaSet.ID_PATTERN.matcher(setId).matches()) {
      errors.add(new FieldError("setId", "use 1 to 40 letters, digits, '.', '_' or '-'"));
    }
    if (name.isBlank() || name.length() > 200) {
      errors.add(new FieldError("name", "give a name of 1 to 200 characters"));
    }
    if (file.isEmpty()) {
      errors.add(new FieldError("file", "the file is empty"));
    }
    return errors;
  }

  private static List<FieldError> toFieldErrors(List<LineError> errors) {
    return errors.stream()
        .map(e -> new FieldError(e.concernsWholeFile() ? "file" : "line " + e.line(), e.message()))
        .toList();
  }
}
