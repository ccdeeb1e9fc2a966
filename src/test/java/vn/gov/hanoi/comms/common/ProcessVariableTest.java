package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: typed process variables keep the stored names and value types the models, forms,
 * history and REST clients rely on, and refuse a value of the wrong type with the variable's name.
 */
class ProcessVariableTest {
  enum Outcome {
    PASS,
    RETURN
  }

  private final Map<String, Object> stored = new HashMap<>();
  private final VariableScope scope = scopeOver(stored);

  @Test
  void anEnumIsStoredAsItsNameAndReadBack() {
    ProcessVariable<Outcome> outcome = ProcessVariable.enumValue("appraisalOutcome", Outcome.class);
    outcome.set(scope, Outcome.RETURN);
    assertThat(stored).containsEntry("appraisalOutcome", "RETURN");
    assertThat(outcome.get(scope)).isEqualTo(Outcome.RETURN);
  }

  @Test
  void anUnknownEnumNameIsRefusedNamingTheVariable() {
    stored.put("appraisalOutcome", "MAYBE");
    assertThatThrownBy(
            () -> ProcessVariable.enumValue("appraisalOutcome", Outcome.class).get(scope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appraisalOutcome")
        .hasMessageContaining("MAYBE");
  }

  @Test
  void aChoiceIsNamedOnlyByItsConstantsName() {
    assertThat(ProcessVariable.named(Outcome.class, "RETURN")).contains(Outcome.RETURN);
    assertThat(ProcessVariable.named(Outcome.class, "return")).isEmpty();
    assertThat(ProcessVariable.named(Outcome.class, 1)).isEmpty();
    assertThat(ProcessVariable.named(Outcome.class, null)).isEmpty();
  }

  @Test
  void numbersKeepTheirStoredTypeAndReadAnyNumber() {
    ProcessVariable<Integer> round = ProcessVariable.integer("round");
    ProcessVariable<Long> requestId = ProcessVariable.longValue("requestId");
    round.set(scope, 2);
    requestId.set(scope, 7L);
    assertThat(stored.get("round")).isEqualTo(2);
    assertThat(stored.get("requestId")).isEqualTo(7L);
    stored.put("requestId", 8);
    assertThat(requestId.get(scope)).isEqualTo(8L);
  }

  @Test
  void aWrongTypeIsRefusedNamingTheVariable() {
    stored.put("quotaRequired", "three");
    assertThatThrownBy(() -> ProcessVariable.integer("quotaRequired").get(scope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quotaRequired");
    stored.put("unitCode", 5);
    assertThatThrownBy(() -> ProcessVariable.string("unitCode").get(scope))
        .hasMessageContaining("unitCode");
  }

  @Test
  void aParsedValueIsStoredAsItsText() {
    ProcessVariable<YearMonth> month =
        ProcessVariable.parsed("quotaMonth", YearMonth.class, YearMonth::parse);
    month.set(scope, YearMonth.of(2026, 11));
    assertThat(stored).containsEntry("quotaMonth", "2026-11");
    assertThat(month.get(scope)).isEqualTo(YearMonth.of(2026, 11));
  }

  @Test
  void textReadsAnyStoredValueAsText() {
    stored.put("bodyCode", 42L);
    assertThat(ProcessVariable.text("bodyCode").get(scope)).isEqualTo("42");
  }

  @Test
  void booleansAndDatesAreStoredAsThemselves() {
    Date from = new Date(0);
    ProcessVariable.bool("windowOpen").set(scope, true);
    ProcessVariable.date("publishFrom").set(scope, from);
    assertThat(stored).containsEntry("windowOpen", true).containsEntry("publishFrom", from);
    assertThat(ProcessVariable.bool("windowOpen").get(scope)).isTrue();
    assertThat(ProcessVariable.date("publishFrom").get(scope)).isEqualTo(from);
  }

  @Test
  void aFlagIsYesOnlyForBooleanTrue() {
    ProcessVariable<Boolean> override = ProcessVariable.flag("classifiedOverride");
    assertThat(override.get(scope)).isFalse();
    stored.put("classifiedOverride", "true");
    assertThat(override.get(scope)).isFalse();
    stored.put("classifiedOverride", true);
    assertThat(override.get(scope)).isTrue();
  }

  @Test
  void aMissingValueIsNullForGetOrNullAndAnErrorForGet() {
    ProcessVariable<String> note = ProcessVariable.string("followUpNote");
    assertThat(note.getOrNull(scope)).isNull();
    assertThatThrownBy(() -> note.get(scope))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("followUpNote");
  }

  @Test
  void readsFromAVariablesMap() {
    ProcessVariable<Outcome> outcome = ProcessVariable.enumValue("appraisalOutcome", Outcome.class);
    assertThat(outcome.from(Map.of("appraisalOutcome", "PASS"))).isEqualTo(Outcome.PASS);
    assertThat(outcome.from(Map.of())).isNull();
    assertThat(outcome.from(null)).isNull();
  }

  @Test
  void anEqualValueIsNotWrittenAgainButAChangedOrRetypedOneIs() {
    List<String> writes = new java.util.ArrayList<>();
    VariableScope counting = scopeOver(stored, writes);
    ProcessVariable<Long> requestId = ProcessVariable.longValue("requestId");
    requestId.set(counting, 7L);
    requestId.set(counting, 7L);
    assertThat(writes).containsExactly("requestId");
    requestId.set(counting, 8L);
    stored.put("round", 1L);
    ProcessVariable.integer("round").set(counting, 1);
    assertThat(stored.get("round")).isEqualTo(1);
    ProcessVariable.string("note").set(counting, null);
    ProcessVariable.string("note").set(counting, null);
    assertThat(stored).containsKey("note");
    assertThat(writes).containsExactly("requestId", "requestId", "round", "note");
  }

  /** A VariableScope over a plain map: only the methods ProcessVariable calls. */
  private static VariableScope scopeOver(Map<String, Object> variables) {
    return scopeOver(variables, new java.util.ArrayList<>());
  }

  private static VariableScope scopeOver(Map<String, Object> variables, List<String> writes) {
    return (VariableScope)
        Proxy.newProxyInstance(
            VariableScope.class.getClassLoader(),
            new Class<?>[] {VariableScope.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getVariable" -> variables.get((String) args[0]);
                  case "hasVariable" -> variables.containsKey((String) args[0]);
                  case "setVariable" -> {
                    writes.add((String) args[0]);
                    yield variables.put((String) args[0], args[1]);
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
