package vn.gov.hanoi.comms.testsupport;

import java.nio.charset.StandardCharsets;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The product's Thymeleaf templates (src/main/resources/templates) without a Spring context: the
 * same engine (Spring EL) and the same prefix, suffix and mode as Spring Boot's defaults.
 */
public final class Templates {
  private static final ITemplateEngine ENGINE = build();

  private Templates() {}

  public static ITemplateEngine engine() {
    return ENGINE;
  }

  private static ITemplateEngine build() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
