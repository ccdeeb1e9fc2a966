package vn.gov.hanoi.comms.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.gov.hanoi.comms.common.web.ApiExceptionHandler;
import vn.gov.hanoi.comms.testsupport.MutableClock;
import vn.gov.hanoi.comms.testsupport.SeedFixtures;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/** The REST API on a stand-alone MockMvc (no application context), over H2. */
class AreaControllerTest {

  private MockMvc mvc;
  private AreaService service;

  @BeforeEach
  void setUp() {
    TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, null);
    AreaRepository repository = new AreaRepository(db.jdbc(), db.transactionManager());
    service =
        new AreaService(
            repository,
            new MutableClock(Instant.parse("2024-06-01T00:00:00Z")),
            Duration.ofSeconds(10));
    SeedFixtures.loadAreas2024(service);
    mvc =
        MockMvcBuilders.standaloneSetup(new AreaController(service))
            .setControllerAdvice(new ApiExceptionHandler())
            .build();
  }

  @Test
  @DisplayName("A-1: an area is shown with its parent and children")
  void areaWithParentAndChildren() throws Exception {
    mvc.perform(get("/api/areas/001"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.area.name").value("Quận Ba Đình"))
        .andExpect(jsonPath("$.parent.code").value("01"))
        .andExpect(jsonPath("$.children.length()").value(14))
        .andExpect(jsonPath("$.area.hasParent").doesNotExist());
    mvc.perform(get("/api/areas").param("parent", "002"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == '00061')].name").value("Phường Hàng Bạc"));
  }

  @Test
  @DisplayName("A-1: an unknown code answers 404 problem+json naming the code")
  void unknownArea() throws Exception {
    mvc.perform(get("/api/areas/99999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Unknown area code: 99999"));
  }

  @Test
  @DisplayName(
      "A-3: a bad upload answers 400 problem+json with every line at fault, and nothing changes")
  void badUpload() throws Exception {
    String csv =
        "level,code,name,parent_code,type\n"
            + "city,01,Thành phố Hà Nội,,thành phố\n"
            + "district,001,Quận Ba Đình,01,quận\n"
            + "district,001,Quận Ba Đình,01,quận\n"
            + "ward,00004,Phường Trúc Bạch,001,phường\n";

    mvc.perform(
            multipart("/api/areas/import")
                .file(file(csv))
                .param("setId", "bad-set")
                .param("name", "Bad")
                .param("activate", "true"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").exists())
        .andExpect(jsonPath("$.type").exists())
        .andExpect(jsonPath("$.detail").exists())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("line 4"))
        .andExpect(jsonPath("$.errors[1].field").value("line 5"))
        .andExpect(jsonPath("$.errors[1].message").value(containsString("ward")));

    assertThat(service.currentSetId()).isEqualTo(SeedFixtures.AREA_SET_2024);
  }

  @Test
  @DisplayName("A-3: a good upload is stored and activated")
  void goodUpload() throws Exception {
    String csv =
        "level,code,name,parent_code,type\n"
            + "city,01,Thành phố Hà Nội,,thành phố\n"
            + "commune,00004,Phường Ba Đình,01,phường\n";

    mvc.perform(
            multipart("/api/areas/import")
                .file(file(csv))
                .param("setId", "mini-2025")
                .param("name", "Mini 2025")
                .param("activate", "true"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.set.id").value("mini-2025"))
        .andExpect(jsonPath("$.areaCount").value(2));
    mvc.perform(get("/api/areas/00004"))
        .andExpect(jsonPath("$.area.name").value("Phường Ba Đình"))
        .andExpect(jsonPath("$.parent.code").value("01"));
  }

  @Test
  @DisplayName("A-3: a bad set id and an existing set id are refused as field errors")
  void badParameters() throws Exception {
    mvc.perform(
            multipart("/api/areas/import")
                .file(file("x"))
                .param("setId", "có dấu")
                .param("name", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("setId"));
    mvc.perform(
            multipart("/api/areas/import")
                .file(file("x"))
                .param("setId", SeedFixtures.AREA_SET_2024)
                .param("name", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("setId"));
  }

  private static MockMultipartFile file(String csv) {
    return new MockMultipartFile(
        "file", "areas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }
}
