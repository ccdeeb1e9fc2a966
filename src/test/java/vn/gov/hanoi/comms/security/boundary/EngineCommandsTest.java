package vn.gov.hanoi.comms.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.security.boundary.EngineCommands.Kind;

/**
 * The guard reads the engine's commands: these tests fail on a Camunda version whose commands it
 * would misread, before any door is opened by it (T-1..T-3).
 */
class EngineCommandsTest {

  @Test
  @DisplayName(
      "T-1: starting with instructions, modification, variables, messages and jobs are restricted; reads are not")
  void sorting() {
    assertThat(
            EngineCommands.kindOf(
                new StartProcessInstanceAtActivitiesCmd(
                    (ProcessInstantiationBuilderImpl)
                        ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "x"))))
        .isEqualTo(Kind.RESTRICTED);
    assertThat(EngineCommands.kindOf(new ModifyProcessInstanceCmd(null)))
        .isEqualTo(Kind.RESTRICTED);
    assertThat(EngineCommands.kindOf(new SetTaskVariablesCmd("t", Map.of(), true)))
        .isEqualTo(Kind.RESTRICTED);
    assertThat(
            EngineCommands.kindOf(
                new CorrelateMessageCmd(
                    new org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl(
                        org.mockito.Mockito.mock(
                            org.camunda.bpm.engine.impl.interceptor.CommandExecutor.class),
                        "m"),
                    false,
                    false,
                    false)))
        .isEqualTo(Kind.RESTRICTED);
    assertThat(EngineCommands.kindOf(new ExecuteJobsCmd("j", null))).isEqualTo(Kind.RESTRICTED);
    assertThat(EngineCommands.kindOf(new GetTaskVariablesCmd("t", null, false, true)))
        .isEqualTo(Kind.READ);
    assertThat(EngineCommands.kindOf(new TaskQueryImpl())).isEqualTo(Kind.READ);
    assertThat(EngineCommands.kindOf(new CheckPassword("u", "p"))).isEqualTo(Kind.LOGIN);
    Command<String> productOwn = ctx -> "x";
    assertThat(EngineCommands.kindOf(productOwn))
        .as("the product's own and the webapps' commands")
        .isEqualTo(Kind.READ);
  }

  @Test
  @DisplayName(
      "T-3: the guard reads a completion's task and variables, from the REST API's and from Tasklist's command alike")
  void completions() {
    Map<String, Object> vars = new HashMap<>(Map.of("appraisalOutcome", "PASS"));
    assertThat(EngineCommands.kindOf(new CompleteTaskCmd("t1", vars))).isEqualTo(Kind.COMPLETE);
    assertThat(EngineCommands.taskId(new CompleteTaskCmd("t1", vars))).isEqualTo("t1");
    assertThat(EngineCommands.completionVariables(new CompleteTaskCmd("t1", vars))).isEqualTo(vars);
    SubmitTaskFormCmd form =
        new SubmitTaskFormCmd("t2", Variables.createVariables().putValue("x", 1), false, false);
    assertThat(EngineCommands.kindOf(form)).isEqualTo(Kind.COMPLETE);
    assertThat(EngineCommands.completionVariables(form)).containsEntry("x", 1);
  }

  @Test
  @DisplayName(
      "T-1, T-2: the guard reads a start's definition, business key and variables; claims and assignments their user")
  void startsClaimsAssignments() {
    ProcessInstantiationBuilderImpl b =
        (ProcessInstantiationBuilderImpl)
            ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "vneid-request")
                .businessKey("VNEID-1")
                .setVariable("requestId", 7L);
    EngineCommands.Start start = EngineCommands.start(new StartProcessInstanceCmd(b));
    assertThat(start.processDefinitionKey()).isEqualTo("vneid-request");
    assertThat(start.businessKey()).isEqualTo("VNEID-1");
    assertThat(start.variables()).containsEntry("requestId", 7L);
    EngineCommands.Start form =
        EngineCommands.start(new SubmitStartFormCmd("def:1", "bk", Map.of("title", "t")));
    assertThat(form.processDefinitionId()).isEqualTo("def:1");
    assertThat(form.variables()).containsEntry("title", "t");
    assertThat(EngineCommands.userId(new ClaimTaskCmd("t", "ca.badinh"))).isEqualTo("ca.badinh");
    assertThat(EngineCommands.userId(new AssignTaskCmd("t", "donvi.hangbac")))
        .isEqualTo("donvi.hangbac");
    assertThat(EngineCommands.loginUserId(new CheckPassword("catp.giamdoc", "x")))
        .isEqualTo("catp.giamdoc");
  }

  @Test
  @DisplayName(
      "T-4: the audit trail's target of a command names what it aimed at, also inside its builder: instance, task and variable names, definition")
  void targets() {
    var modification =
        new org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl(
            org.mockito.Mockito.mock(org.camunda.bpm.engine.impl.interceptor.CommandExecutor.class),
            "pi-7");
    assertThat(EngineCommands.target(new ModifyProcessInstanceCmd(modification)))
        .isEqualTo("processInstanceId=pi-7");
    assertThat(
            EngineCommands.target(
                new SetTaskVariablesCmd("t-1", Map.of("noticeId", 2L, "approverGroup", "x"), true)))
        .isEqualTo("entityId=t-1 variables=[approverGroup, noticeId]");
    ProcessInstantiationBuilderImpl b =
        (ProcessInstantiationBuilderImpl)
            ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "ihanoi-notice");
    assertThat(EngineCommands.target(new StartProcessInstanceCmd(b)))
        .isEqualTo("processDefinitionKey=ihanoi-notice");
    assertThat(EngineCommands.target(new ClaimTaskCmd("t-2", "u")))
        .isEqualTo("taskId=t-2 userId=u");
    assertThat(EngineCommands.target(new ExecuteJobsCmd("j-3", null))).isEqualTo("jobId=j-3");
  }

  @Test
  @DisplayName("T-3: a form's fields are its input components' keys, at any depth, not its texts")
  void formFields() {
    String form =
        """
        {"components": [{"type": "text", "key": "x", "text": "Bài viết"},
          {"type": "group", "components": [{"type": "radio", "key": "appraisalOutcome"},
            {"type": "textarea", "key": "appraisalReasons"}]},
          {"type": "checkbox", "key": "classifiedOverride"}]}""";
    assertThat(
            FormFields.of(
                new java.io.ByteArrayInputStream(
                    form.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .containsExactly("appraisalOutcome", "appraisalReasons", "classifiedOverride");
  }
}
