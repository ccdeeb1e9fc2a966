package vn.gov.hanoi.comms.organisation;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.area.AreaService;

/**
 * Administrators: what activating an imported area list would do to the organisations' home areas,
 * before doing it ({@code POST /api/areas/sets/{id}/activate} does it, with the same choices).
 */
@RestController
public class AreaSetActivationController {
  private final AreaService areas;
  private final OrganisationRepository organisations;

  public AreaSetActivationController(AreaService areas, OrganisationRepository organisations) {
    this.areas = areas;
    this.organisations = organisations;
  }

  /**
   * @param homeAreas choices to try, as {@code ORG-CODE:areaCode} pairs
   */
  @GetMapping("/api/areas/sets/{setId}/activation")
  public List<HomeAreaRemap.Change> preview(
      @PathVariable String setId, @RequestParam(required = false) List<String> homeAreas) {
    Map<String, String> decisions = new java.util.LinkedHashMap<>();
    if (homeAreas != null) {
      for (String pair : homeAreas) {
        int colon = pair.indexOf(':');
        if (colon > 0) {
          decisions.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
      }
    }
    return HomeAreaRemap.plan(organisations.findAll(), areas.preview(setId, decisions));
  }
}
