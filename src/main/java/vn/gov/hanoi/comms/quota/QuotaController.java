package vn.gov.hanoi.comms.quota;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.web.Paging;

/** Quotas as data (V-QUOTA-4); administrators only (see SecurityConfig). */
@RestController
@RequestMapping("/api/quotas")
public class QuotaController {
  private final QuotaService quotas;

  public QuotaController(QuotaService quotas) {
    this.quotas = quotas;
  }

  /** The quotas by id, optionally of one unit ({@code unit}); paged (Paging). */
  @GetMapping
  public ResponseEntity<List<Quota>> list(
      @RequestParam(value = "unit", required = false) String unit,
      @RequestParam(value = "page", required = false) String page,
      @RequestParam(value = "size", required = false) String size) {
    Paging paging = Paging.of(page, size);
    String u = unit == null || unit.isBlank() ? null : unit.strip();
    return paging.answer(quotas.page(u, paging), quotas.count(u));
  }

  @GetMapping("/{id}")
  public Quota get(@PathVariable long id) {
    return quotas.get(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Quota create(@RequestBody QuotaInput in) {
    return quotas.create(in);
  }

  @PutMapping("/{id}")
  public Quota update(@PathVariable long id, @RequestBody QuotaInput in) {
    return quotas.update(id, in);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id) {
    quotas.delete(id);
  }
}
