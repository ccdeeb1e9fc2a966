package vn.gov.hanoi.comms.common.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

/**
 * The API's query records (a list's filters and paging, bound as a model attribute) read the query
 * string and nothing else, as the {@code @RequestParam}s they replace did: Spring MVC would also
 * bind request headers of the same names (a {@code Page} header) and the {@code !name} and {@code
 * _name} forms of a parameter.
 */
@ControllerAdvice
public class QueryStringBinding {

  @InitBinder
  void queryStringOnly(WebDataBinder binder) {
    binder.setFieldDefaultPrefix(null);
    binder.setFieldMarkerPrefix(null);
    if (binder instanceof ExtendedServletRequestDataBinder request) {
      request.setHeaderPredicate(header -> false);
    }
  }
}
