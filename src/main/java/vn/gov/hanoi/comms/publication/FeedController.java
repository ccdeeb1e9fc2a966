package vn.gov.hanoi.comms.publication;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.files.StoredFileRepository;

/** What a resident of an area sees now: the built-in publication channel's feed. */
@RestController
public class FeedController {
  private final PublicationRepository repository;
  private final AreaService areas;
  private final StoredFileRepository files;
  private final ProductClock clock;
  private final FeedCache cache;

  public FeedController(
      PublicationRepository repository,
      AreaService areas,
      StoredFileRepository files,
      ProductClock clock,
      FeedCache cache) {
    this.repository = repository;
    this.areas = areas;
    this.files = files;
    this.clock = clock;
    this.cache = cache;
  }

  @Operation(
      summary = "Tin đang hiển thị cho người dân của một địa bàn (mới nhất trước)",
      description =
          "A city-scope article shows in every area of the city; a district's only in that district and its "
              + "communes. Paged with page/size (default 100, at most 500); the next page in Link (no total: "
              + "this is the residents' hot read).")
  @GetMapping("/api/feed")
  public ResponseEntity<List<FeedItem>> feed(@ParameterObject FeedQuery query)
      throws MissingServletRequestParameterException {
    String area = query.requiredArea();
    Integer age = query.ageNumber();
    String gender = query.gender();
    Paging paging = query.paging();
    AreaTree tree = areas.currentTree();
    List<FieldError> errors = new ArrayList<>();
    if (tree.find(area).isEmpty()) {
      errors.add(new FieldError("area", "Mã địa bàn không tồn tại: " + area));
    }
    if (age != null && (age < 0 || age > 120)) {
      errors.add(new FieldError("age", "Tuổi phải từ 0 đến 120"));
    }
    if (gender != null && !List.of("MALE", "FEMALE").contains(gender)) {
      errors.add(new FieldError("gender", "Giới tính phải là MALE hoặc FEMALE"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tham số không hợp lệ", errors);
    }
    List<String> chain = new ArrayList<>();
    chain.add(area);
    for (Area a : tree.ancestorsOf(area)) {
      chain.add(a.code());
    }
    chain.add(Publication.NATIONWIDE);
    FeedCache.Question question =
        new FeedCache.Question(chain, age, gender, paging.offset(), paging.probeLimit());
    return paging.answerProbed(
        cache.answer(
            question,
            () ->
                repository.visibleIn(
                    chain, clock.now(), age, gender, paging.offset(), paging.probeLimit())));
  }

  @GetMapping("/api/feed/{id}/image")
  public ResponseEntity<byte[]> image(@PathVariable long id) {
    long fileId =
        repository
            .imageOf(id)
            .orElseThrow(() -> new NotFoundException("Không có ảnh cho tin " + id));
    var file = files.find(fileId).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .cacheControl(CacheControl.noCache())
        .body(files.content(fileId));
  }
}
