package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.security.Groups;

/** The level rules and input checks of a draft notice, without the engine. */
class NoticeValidatorTest {
  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  private static final AreaTree TREE =
      new AreaTree(
          List.of(
              new Area("01", "Hà Nội", AreaLevel.CITY, "thành phố", null),
              new Area("001", "Quận Ba Đình", AreaLevel.DISTRICT, "quận", "01"),
              new Area("00004", "Phường Trúc Bạch", AreaLevel.COMMUNE, "phường", "001")));
  private static final Organisation DEPT =
      new Organisation("SO-YTE", "Sở Y tế", OrganisationKind.CITY_DEPARTMENT, "01", "a@b.vn", "X");
  private static final Organisation DISTRICT =
      new Organisation(
          "UBND-Q-BADINH",
          "UBND quận Ba Đình",
          OrganisationKind.DISTRICT_COMMITTEE,
          "001",
          "a@b.vn",
          "X");
  private static final Organisation WARD =
      new Organisation(
          "UBND-P-TRUCBACH",
          "UBND phường Trúc Bạch",
          OrganisationKind.COMMUNE_COMMITTEE,
          "00004",
          "a@b.vn",
          "X");

  private static NoticeDraft draft(String level, String area, String body) {
    return new NoticeDraft(null, level, area, "Thông báo", body, "HEALTH", null, null);
  }

  @Test
  @DisplayName("I-LEVEL-1..3: the level, area and approvers follow from the organisation")
  void levelsFromOrganisation() {
    ValidatedNotice city =
        new NoticeValidator().validate(draft(null, null, "Nội dung"), DEPT, TREE, NOW);
    assertThat(city.body()).isEqualTo(new IssuingBody("SO-YTE", NoticeLevel.CITY, "01"));
    assertThat(city.body().approverGroup()).isEqualTo(Groups.IHANOI_CITY_APPROVER);
    ValidatedNotice district =
        new NoticeValidator().validate(draft("DISTRICT", "001", "Nội dung"), DISTRICT, TREE, NOW);
    assertThat(district.body().approverGroup()).isEqualTo(Groups.approver("UBND-Q-BADINH"));
    ValidatedNotice ward =
        new NoticeValidator().validate(draft(null, null, "Dòng 1\n\nDòng <2>"), WARD, TREE, NOW);
    assertThat(ward.body().level()).isEqualTo(NoticeLevel.COMMUNE);
    assertThat(ward.body().editorGroup()).isEqualTo(Groups.editor("UBND-P-TRUCBACH"));
    assertThat(ward.bodyHtml()).isEqualTo("<p>Dòng 1</p><p>Dòng &lt;2&gt;</p>");
    assertThat(ward.urgency()).isEqualTo(NoticeUrgency.NORMAL);
  }

  @Test
  @DisplayName(
      "I-LEVEL: every fault is listed with its field: a commune's city notice, a foreign area, a past validity end")
  void faultsListed() {
    NoticeDraft bad =
        new NoticeDraft(
            null, "CITY", "001", " ", "x".repeat(20_001), "SPORTS", "LOUD", NOW.minusSeconds(1));
    assertThatThrownBy(() -> new NoticeValidator().validate(bad, WARD, TREE, NOW))
        .isInstanceOfSatisfying(
            ValidationProblemException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder(
                        "level", "areaCode", "title", "body", "topic", "urgency", "validUntil"));
  }
}
