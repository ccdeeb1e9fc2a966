package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's models keep the conventions of {@link ModelConventions} (complete diagrams, no
 * overlaps, readable ids, history TTL, async outside calls, candidate groups, forms that resolve,
 * named gateway flows, existing beans, decisions that parse and are used); and each rule fails on a
 * copy broken the way an analyst's edit could break it, so the check cannot pass vacuously.
 */
class ModelConventionTest {
  private static final Path ROOT = Path.of(".");
  private static Set<String> beans;

  @BeforeAll
  static void readBeans() {
    beans = ModelConventions.applicationBeans();
  }

  @Test
  @DisplayName("Every model, decision table and form of the repository keeps the conventions")
  void repositoryModelsKeepTheConventions() throws Exception {
    assertThat(beans)
        .contains(
            "requestRegistration",
            "routingFacts",
            "routingRecorder",
            "articlePublisher",
            "noticeMailer",
            "stepDeadlines",
            "taskCard",
            "deadlineReminderMailer",
            "overdueEscalation",
            "escalationMailer");
    assertThat(ModelConventions.check(ROOT, beans)).isEmpty();
  }

  /**
   * One way to break one rule: in {@code file}, the text {@code from} (first occurrence, or all if
   * {@code all}) becomes {@code to}; a {@code from} ending in {@code </bpmn:documentation>} is a
   * regular expression.
   */
  record Breakage(String rule, String file, String from, String to, boolean all) {
    @Override
    public String toString() {
      return rule + ": " + file + " '" + from + "' -> '" + to + "'";
    }
  }

  static Stream<Arguments> breakages() {
    String request = "bpmn/vneid-request.bpmn";
    return Stream.of(
            new Breakage(
                "diagram",
                request,
                "bpmnElement=\"Task_DecideRouting\"",
                "bpmnElement=\"Task_Elsewhere\"",
                false),
            new Breakage(
                "diagram",
                request,
                "bpmnElement=\"Flow_RoutingDecided\"",
                "bpmnElement=\"Flow_Elsewhere\"",
                false),
            new Breakage(
                "overlap",
                request,
                "<dc:Bounds x=\"490\" y=\"620\"",
                "<dc:Bounds x=\"600\" y=\"640\"",
                false),
            new Breakage("id", request, "Task_DecideRouting", "Activity_0x1y2z3", true),
            new Breakage(
                "id",
                "dmn/vneid-routing.dmn",
                "Rule_TwoLevel_CityScope",
                "DecisionRule_1abcdef",
                true),
            new Breakage("ttl", request, " camunda:historyTimeToLive=\"180\"", "", false),
            new Breakage(
                "ttl", "dmn/vneid-routing.dmn", " camunda:historyTimeToLive=\"180\"", "", false),
            new Breakage(
                "async",
                request,
                "camunda:delegateExpression=\"${articlePublisher}\" camunda:asyncBefore=\"true\"",
                "camunda:delegateExpression=\"${articlePublisher}\"",
                false),
            new Breakage(
                "async",
                "bpmn/vneid-notify-unit.bpmn",
                "<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>",
                "",
                false),
            new Breakage(
                "candidates",
                request,
                "camunda:candidateGroups=\"${appraiserGroup}\"",
                "camunda:assignee=\"demo\"",
                false),
            new Breakage(
                "form",
                request,
                "camunda:formRef=\"vneid-appraise\"",
                "camunda:formRef=\"vneid-appraise-old\"",
                false),
            new Breakage(
                "form",
                request,
                "embedded:deployment:forms/vneid-submit.html",
                "embedded:deployment:forms/nowhere.html",
                false),
            new Breakage("gateway", request, "name=\"Đạt\" ", "", false),
            new Breakage("gateway", request, " default=\"Flow_AppraisalReturned\"", "", false),
            new Breakage("bean", request, "${preChecks}", "${preCheck}", false),
            new Breakage("bean", request, "${routingFacts}", "${routingFact}", false),
            new Breakage(
                "bean",
                request,
                "${requestStatus.update(execution, 'IN_APPRAISAL')}",
                "${requestState.update(execution, 'IN_APPRAISAL')}",
                false),
            new Breakage(
                "call",
                request,
                "calledElement=\"vneid-notify-unit\"",
                "calledElement=\"vneid-notify\"",
                false),
            new Breakage(
                "dmn", request, "'vneid-routing-two-level'", "'vneid-routing-three-level'", false),
            new Breakage(
                "dmn",
                "dmn/vneid-routing.dmn",
                "hitPolicy=\"FIRST\"",
                "hitPolicy=\"SOMETIMES\"",
                false),
            new Breakage("names", request, " name=\"Kiểm tra tự động\"", "", false),
            new Breakage(
                "names",
                request,
                "<bpmn:documentation>Merge: the first submission[^<]*</bpmn:documentation>",
                "",
                false),
            new Breakage(
                "form-json",
                "forms/vneid-approve.form",
                "\"schemaVersion\": 16",
                "\"schemaVersion\": 12",
                false),
            new Breakage(
                "deadline",
                request,
                "camunda:dueDate=\"${deadlineDue}\"",
                "camunda:dueDate=\"${otherDue}\"",
                false),
            new Breakage("deadline", request, " camunda:dueDate=\"${deadlineDue}\"", "", false),
            new Breakage(
                "deadline",
                "bpmn/ihanoi-notice.bpmn",
                "id=\"Timer_EditingOverdue\" name=\"Quá hạn\" cancelActivity=\"false\"",
                "id=\"Timer_EditingOverdue\" name=\"Quá hạn\" cancelActivity=\"true\"",
                false),
            new Breakage(
                "dmn",
                request,
                "dueAt(execution, 'step-deadlines'",
                "dueAt(execution, 'step-deadline'",
                false),
            new Breakage(
                "deadline",
                request,
                "'step-deadlines', 'Task_Appraise')",
                "'step-deadlines', 'Task_Approve')",
                false),
            new Breakage(
                "bean",
                "bpmn/ihanoi-notice.bpmn",
                "${stepDeadlines.reminderAt(",
                "${stepDeadline.reminderAt(",
                false))
        .map(b -> Arguments.of(b));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  @DisplayName(
      "Each convention fails on a copy of the models broken against it, naming that rule only")
  void eachRuleCatchesItsBreakage(Breakage b, @TempDir Path copy) throws Exception {
    for (String folder : List.of("bpmn", "dmn", "forms")) {
      copyFolder(ROOT.resolve(folder), copy.resolve(folder));
    }
    Path file = copy.resolve(b.file());
    String text = Files.readString(file);
    String from = b.from().endsWith("</bpmn:documentation>") ? b.from() : Pattern.quote(b.from());
    String broken =
        b.all()
            ? text.replace(b.from(), b.to())
            : text.replaceFirst(from, Matcher.quoteReplacement(b.to()));
    assertThat(broken).as("the breakage applies").isNotEqualTo(text);
    Files.writeString(file, broken);

    List<String> problems = ModelConventions.check(copy, beans);

    assertThat(problems)
        .as("problems of %s", b)
        .isNotEmpty()
        .allMatch(p -> p.startsWith("[" + b.rule() + "]"));
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
