package vn.gov.hanoi.comms.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14 (a): the benchmark explains the cost per statement family (verb and first table). */
class StatementFamilyTest {
  @Test
  void namesTheVerbAndTheFirstTable() {
    assertThat(StatementFamily.of("insert into ACT_HI_VARINST (ID_, NAME_) values (?, ?)"))
        .isEqualTo("insert ACT_HI_VARINST");
    assertThat(StatementFamily.of("  SELECT distinct RES.*\n  from ACT_RU_TASK RES where x = ?"))
        .isEqualTo("select ACT_RU_TASK");
    assertThat(StatementFamily.of("update vneid_request set status = ? where id = ?"))
        .isEqualTo("update VNEID_REQUEST");
    assertThat(StatementFamily.of("delete from ACT_RU_VARIABLE where ID_ = ?"))
        .isEqualTo("delete ACT_RU_VARIABLE");
  }

  @Test
  void keepsStatementsWithoutATableApart() {
    assertThat(StatementFamily.of("select 1")).isEqualTo("select");
    assertThat(StatementFamily.of("")).isEqualTo("other");
  }
}
