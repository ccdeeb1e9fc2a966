package vn.gov.hanoi.comms.publication;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.bind.MissingServletRequestParameterException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/**
 * The query string of a resident's feed, bound by Spring MVC from the request parameters of the
 * same names. Read as text and checked here in the order Spring MVC checked the former
 * {@code @RequestParam}s (area present, then age a number), with the same 400 answers.
 *
 * @param area the GSO code of the resident's area (required)
 * @param age the resident's age, a whole number
 * @param gender MALE or FEMALE
 * @param page the page, from 0
 * @param size rows per page (default 100, at most 500)
 */
public record FeedQuery(
    @Parameter(required = true) String area,
    @Parameter(schema = @Schema(type = "integer", format = "int32")) String age,
    String gender,
    String page,
    String size) {

  /** The area; missing, it is refused as a missing required parameter is. */
  String requiredArea() throws MissingServletRequestParameterException {
    if (area == null) {
      throw new MissingServletRequestParameterException("area", "String");
    }
    return area;
  }

  /** The age as Spring MVC converts a number parameter; one that is not a number is refused. */
  Integer ageNumber() {
    try {
      return DefaultConversionService.getSharedInstance().convert(age, Integer.class);
    } catch (ConversionException e) {
      throw new ValidationProblemException(
          "Tham số không hợp lệ", List.of(new FieldError("age", "Giá trị không hợp lệ: " + age)));
    }
  }

  Paging paging() {
    return Paging.of(page, size);
  }
}
