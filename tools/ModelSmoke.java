// Quick engine smoke run of bpmn/*.bpmn and forms/*.form in an in-memory Camunda 7.24 engine with
// stub beans: deploys the models and walks the main paths (return+resubmit+publish, national reject+withdraw,
// window closed, withdrawal message). Not part of the build; the real tests live under src/test.
// Usage: mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
//        java -cp "$(cat /tmp/cp.txt)" tools/ModelSmoke.java bpmn/*.bpmn forms/*.form
import org.camunda.bpm.engine.*;
import org.camunda.bpm.engine.delegate.*;
import org.camunda.bpm.engine.impl.cfg.*;
import org.camunda.bpm.engine.runtime.*;
import org.camunda.bpm.engine.task.*;
import java.util.*;
import java.io.*;

public class ModelSmoke {
  public static List<String> statuses = new ArrayList<>();
  public static class Status { public void update(DelegateExecution e, String s) { statuses.add(s); } }
  public static void main(String[] a) throws Exception {
    Map<Object,Object> beans = new HashMap<>();
    JavaDelegate noop = e -> {};
    for (String b : List.of("requestRegistration","preChecks","articlePublisher","articleUnpublisher","revisionRegistration","noticeIssuer","noticeMailer")) beans.put(b, noop);
    beans.put("publicationWindowCheck", (JavaDelegate) e -> e.setVariable("windowOpen", e.getVariable("wantOpen")));
    TaskListener tl = t -> {};
    beans.put("taskDisplay", tl); beans.put("decisionRecorder", tl); beans.put("revisionRecorder", tl);
    beans.put("requestStatus", new Status());
    ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
    cfg.setJdbcUrl("jdbc:h2:mem:smoke"); cfg.setBeans(beans); cfg.setJobExecutorActivate(false); cfg.setHistory("full");
    ProcessEngine pe = cfg.buildProcessEngine();
    var d = pe.getRepositoryService().createDeployment();
    for (String f : a) d.addInputStream(new File(f).getName(), new FileInputStream(f));
    d.deploy();
    RuntimeService rs = pe.getRuntimeService(); TaskService ts = pe.getTaskService(); ManagementService ms = pe.getManagementService(); MS = ms;
    Date past = new Date(System.currentTimeMillis() - 60000), future = new Date(System.currentTimeMillis() + 3600000);
    // path 1: return, resubmit, pass, local approve, window open -> publish -> expire
    Map<String,Object> v = new HashMap<>(Map.of("requestId","R1","unitGroup","u","appraiserGroup","ap","approverGroup","apr","scope","DISTRICT","round",1,"publishFrom",past,"publishUntil",past,"wantOpen",true));
    ProcessInstance pi = rs.startProcessInstanceByKey("vneid-request", "R1", v);
    complete(ts, pi, "Task_Appraise", Map.of("appraisalOutcome","RETURN"));
    complete(ts, pi, "Task_Revise", Map.of("revisionOutcome","RESUBMIT"));
    complete(ts, pi, "Task_Appraise", Map.of("appraisalOutcome","PASS"));
    complete(ts, pi, "Task_Approve", Map.of("approvalOutcome","APPROVE"));
    runJobs(ms, null);
    System.out.println("path1 ended=" + (rs.createProcessInstanceQuery().processInstanceId(pi.getId()).count()==0) + " statuses=" + statuses);
    statuses.clear();
    // path 2: national, endorsed, C06 rejects, unit withdraws
    v.put("scope","NATIONAL"); v.put("requestId","R2");
    pi = rs.startProcessInstanceByKey("vneid-request", "R2", v);
    complete(ts, pi, "Task_Appraise", Map.of("appraisalOutcome","PASS"));
    Task t = ts.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    System.out.println("national task=" + t.getTaskDefinitionKey() + " groups=" + ts.getIdentityLinksForTask(t.getId()).get(0).getGroupId());
    complete(ts, pi, "Task_EndorseNational", Map.of("approvalOutcome","APPROVE"));
    complete(ts, pi, "Task_ApproveNational", Map.of("approvalOutcome","REJECT"));
    complete(ts, pi, "Task_Revise", Map.of("revisionOutcome","WITHDRAW"));
    System.out.println("path2 ended=" + (rs.createProcessInstanceQuery().processInstanceId(pi.getId()).count()==0) + " statuses=" + statuses);
    statuses.clear();
    // path 3: window closed -> lapsed; path 4: withdrawal message while scheduled
    v.put("scope","CITY"); v.put("wantOpen", false); v.put("requestId","R3");
    pi = rs.startProcessInstanceByKey("vneid-request", "R3", v);
    complete(ts, pi, "Task_Appraise", Map.of("appraisalOutcome","PASS"));
    complete(ts, pi, "Task_Approve", Map.of("approvalOutcome","APPROVE"));
    runJobs(ms, null);
    System.out.println("path3 ended=" + (rs.createProcessInstanceQuery().processInstanceId(pi.getId()).count()==0) + " statuses=" + statuses);
    statuses.clear();
    v.put("wantOpen", true); v.put("publishFrom", future); v.put("publishUntil", future); v.put("requestId","R4");
    pi = rs.startProcessInstanceByKey("vneid-request", "R4", v);
    complete(ts, pi, "Task_Appraise", Map.of("appraisalOutcome","PASS"));
    complete(ts, pi, "Task_Approve", Map.of("approvalOutcome","APPROVE"));
    System.out.println("waiting at " + rs.getActiveActivityIds(pi.getId()));
    rs.createMessageCorrelation("VneidRequestWithdrawn").processInstanceBusinessKey("R4").correlate();
    runJobs(ms, null);
    System.out.println("path4 ended=" + (rs.createProcessInstanceQuery().processInstanceId(pi.getId()).count()==0) + " statuses=" + statuses);
    System.out.println("notify instances=" + pe.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("vneid-notify-unit").count());
    System.out.println("jobs left incl notify mails=" + ms.createJobQuery().count());
    pe.close();
  }
  static ManagementService MS;
  static void complete(TaskService ts, ProcessInstance pi, String key, Map<String,Object> vars) {
    runJobs(MS, null);
    Task t = ts.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    if (t == null || !t.getTaskDefinitionKey().equals(key)) throw new IllegalStateException("expected " + key + " got " + (t == null ? null : t.getTaskDefinitionKey()));
    ts.complete(t.getId(), vars);
  }
  static void runJobs(ManagementService ms, String pid) {
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = (pid == null ? ms.createJobQuery() : ms.createJobQuery().processInstanceId(pid)).list();
      if (jobs.isEmpty()) return;
      for (Job j : jobs) if (j.getDuedate() == null || !j.getDuedate().after(new Date())) ms.executeJob(j.getId());
    }
  }
}
