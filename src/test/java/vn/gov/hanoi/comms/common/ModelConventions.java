package vn.gov.hanoi.comms.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.MethodMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The conventions every model of the repository keeps, checked by reading the files (bpmn/, dmn/,
 * forms/) as an analyst's Modeler would leave them. Each problem names its rule in brackets, the
 * file and the element, so that a broken copy can be matched to the rule it breaks
 * (ModelConventionTest).
 *
 * <ul>
 *   <li>[diagram] every flow element has a diagram shape and every sequence flow an edge
 *   <li>[overlap] shapes of flow nodes do not overlap (boundary events and containment aside)
 *   <li>[id] stable readable ids: {@code Prefix_ReadableName}, never a Modeler default such as
 *       {@code Activity_0x1y2z3}; a process's id is its file name
 *   <li>[ttl] every executable process and every decision has a history time to live
 *   <li>[async] a service task whose delegate goes outside (mail, publication, gateway: a bean
 *       named ...Mailer, ...Sender, ...Publisher, ...Unpublisher) is asyncBefore with a
 *       failedJobRetryTimeCycle
 *   <li>[candidates] user tasks have candidate groups, never a fixed assignee or candidate users
 *   <li>[form] every user task names a form, and a formRef / embedded formKey resolves to a file in
 *       forms/
 *   <li>[gateway] every outgoing flow of a splitting exclusive gateway is named, the gateway has
 *       exactly one default flow, and the other flows have conditions
 *   <li>[bean] every delegateExpression, and the bean an expression listener calls, is a Spring
 *       bean
 *   <li>[call] a call activity's calledElement is a process of bpmn/
 *   <li>[dmn] decision files parse with Camunda's DMN engine; every decision is referenced by a
 *       business rule task and every business rule task's decision exists
 *   <li>[names] every process and flow node is documented (English), every flow node but a gateway
 *       is named
 *   <li>[form-json] forms are JSON with an id, components and schemaVersion 16 (Tasklist 7.24)
 *   <li>[deadline] in a process whose user tasks have deadlines (D-1), every user task has a due
 *       date, and each user task with a due date has a non-interrupting reminder timer and a
 *       non-interrupting overdue timer (D-2) whose branches end; a deadline names its decision
 *       table and its own task ({@code stepDeadlines.dueAt(execution, 'key', 'Task_X')}; the table
 *       is checked under [dmn])
 * </ul>
 */
public final class ModelConventions {
  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  static final Set<String> FLOW_NODES =
      Set.of(
          "task",
          "userTask",
          "serviceTask",
          "scriptTask",
          "businessRuleTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "callActivity",
          "subProcess",
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway",
          "transaction");

  /**
   * Readable: a prefix naming the kind, an underscore, a name starting with a capital
   * ("Task_AppraiseContent").
   */
  static final Pattern READABLE_ID =
      Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*(_[A-Z][A-Za-z0-9]*)*");

  static final Pattern GOES_OUTSIDE = Pattern.compile(".*(Mailer|Sender|Publisher|Unpublisher)");
  static final Pattern EXPRESSION_BEAN =
      Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[.(]");
  static final Pattern DELEGATE_BEAN =
      Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  static final Pattern EMBEDDED_FORM = Pattern.compile("embedded:deployment:(forms/.+\\.html)");
  static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  static final Pattern DEADLINE_DECISION =
      Pattern.compile(
          "stepDeadlines\\.dueAt\\(\\s*execution\\s*,\\s*'([^']+)'\\s*(?:,\\s*'([^']+)')?");
  static final Pattern NAMED_STEP =
      Pattern.compile(
          "stepDeadlines\\.\\w+\\(\\s*execution\\s*,(?:\\s*'[^']+'\\s*,)?\\s*'([^']+)'\\s*\\)");
  static final Set<String> ENGINE_VARIABLES = Set.of("execution", "task", "authenticatedUserId");

  private final Path root;
  private final Set<String> beans;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> formIds = new HashSet<>();
  private final Set<String> processIds = new HashSet<>();
  private final Set<String> decisionKeys = new TreeSet<>();
  private final Set<String> referencedDecisions = new HashSet<>();

  private ModelConventions(Path root, Set<String> beans) {
    this.root = root;
    this.beans = beans;
  }

  /**
   * The problems found under {@code root} (bpmn/, dmn/, forms/), given the Spring beans that exist.
   */
  public static List<String> check(Path root, Set<String> beans) throws Exception {
    ModelConventions c = new ModelConventions(root, beans);
    c.run();
    return c.problems;
  }

  /**
   * The names of the application's beans ({@code @Component} and its stereotypes), read without
   * starting Spring.
   */
  public static Set<String> applicationBeans() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(true);
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> beans = new TreeSet<>();
    for (BeanDefinition d : scanner.findCandidateComponents("vn.gov.hanoi.comms")) {
      beans.add(names.generateBeanName(d, registry));
      // @Bean methods of configuration classes: the method's name, or the names the annotation
      // gives.
      for (MethodMetadata m :
          ((AnnotatedBeanDefinition) d).getMetadata().getAnnotatedMethods(Bean.class.getName())) {
        String[] given = (String[]) m.getAnnotationAttributes(Bean.class.getName()).get("name");
        beans.addAll(given.length == 0 ? List.of(m.getMethodName()) : List.of(given));
      }
    }
    return beans;
  }

  private void run() throws Exception {
    List<Path> forms = files("forms", ".form");
    for (Path f : forms) {
      checkForm(f);
    }
    List<Path> models = files("bpmn", ".bpmn");
    if (models.isEmpty()) {
      problem("diagram", "bpmn/", "no BPMN model");
    }
    Map<Path, Document> documents = new LinkedHashMap<>();
    for (Path m : models) {
      Document d = parse(m);
      documents.put(m, d);
      for (Element p : children(d.getDocumentElement(), BPMN, "process")) {
        processIds.add(p.getAttribute("id"));
      }
    }
    for (Path d : files("dmn", ".dmn")) {
      checkDecisions(d);
    }
    for (Map.Entry<Path, Document> e : documents.entrySet()) {
      checkModel(e.getKey(), e.getValue());
    }
    for (String key : decisionKeys) {
      if (!referencedDecisions.contains(key)) {
        problem("dmn", "dmn/", "decision " + key + " is not referenced by any business rule task");
      }
    }
  }

  private void checkForm(Path f) {
    try {
      JsonNode form = new ObjectMapper().readTree(f.toFile());
      if (!form.hasNonNull("id") || !form.path("components").isArray()) {
        problem("form-json", rel(f), "a form needs an id and components");
        return;
      }
      if (form.path("schemaVersion").asInt() != 16) {
        problem(
            "form-json",
            rel(f),
            "schemaVersion must be 16 (what Tasklist 7.24 renders), found "
                + form.path("schemaVersion"));
      }
      formIds.add(form.get("id").asText());
    } catch (IOException e) {
      problem("form-json", rel(f), "not valid JSON: " + e.getMessage());
    }
  }

  private void checkDecisions(Path file) {
    String name = rel(file);
    try (InputStream in = Files.newInputStream(file)) {
      List<DmnDecision> decisions =
          DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
              .buildEngine()
              .parseDecisions(in);
      decisions.forEach(d -> decisionKeys.add(d.getKey()));
    } catch (Exception e) {
      problem("dmn", name, "does not parse: " + e.getMessage());
      return;
    }
    Document d;
    try {
      d = parse(file);
    } catch (Exception e) {
      problem("dmn", name, "not valid XML: " + e.getMessage());
      return;
    }
    NodeList all = d.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element el = (Element) all.item(i);
      String id = el.getAttribute("id");
      String tag = el.getLocalName();
      if (tag.equals("decision")) {
        if (el.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isEmpty()) {
          problem("ttl", name, "decision " + id + " has no camunda:historyTimeToLive");
        }
      } else if (!id.isEmpty()
          && !tag.equals("definitions")
          && !READABLE_ID.matcher(id).matches()) {
        problem("id", name, tag + " id " + id + " is not a readable id (Prefix_ReadableName)");
      }
    }
  }

  private void checkModel(Path file, Document d) {
    String name = rel(file);
    Set<String> shapes = new HashSet<>();
    Set<String> edges = new HashSet<>();
    Map<String, double[]> bounds = new HashMap<>();
    for (Element s : descendants(d.getDocumentElement(), BPMNDI, "BPMNShape")) {
      shapes.add(s.getAttribute("bpmnElement"));
      for (Element b : children(s, DC, "Bounds")) {
        bounds.put(
            s.getAttribute("bpmnElement"),
            new double[] {num(b, "x"), num(b, "y"), num(b, "width"), num(b, "height")});
      }
    }
    for (Element e : descendants(d.getDocumentElement(), BPMNDI, "BPMNEdge")) {
      edges.add(e.getAttribute("bpmnElement"));
    }
    for (Element el : descendants(d.getDocumentElement(), BPMN, "message")) {
      checkId(name, el);
    }
    for (Element p : children(d.getDocumentElement(), BPMN, "process")) {
      String id = p.getAttribute("id");
      if (!file.getFileName().toString().equals(id + ".bpmn")) {
        problem("id", name, "process id " + id + " is not the file name");
      }
      if ("true".equals(p.getAttribute("isExecutable"))
          && p.getAttributeNS(CAMUNDA, "historyTimeToLive").isEmpty()) {
        problem("ttl", name, "process " + id + " has no camunda:historyTimeToLive");
      }
      if (children(p, BPMN, "documentation").isEmpty()) {
        problem("names", name, "process " + id + " has no documentation");
      }
      List<Element> nodes = new ArrayList<>();
      Set<String> boundary = new HashSet<>();
      for (Element el : descendants(p, BPMN, null)) {
        String tag = el.getLocalName();
        String elId = el.getAttribute("id");
        if (FLOW_NODES.contains(tag)) {
          nodes.add(el);
          if (tag.equals("boundaryEvent")) {
            boundary.add(elId);
          }
          if (!shapes.contains(elId)) {
            problem("diagram", name, tag + " " + elId + " has no diagram shape");
          }
          checkId(name, el);
          checkNode(name, el, tag);
        } else if (tag.equals("sequenceFlow")) {
          if (!edges.contains(elId)) {
            problem("diagram", name, "sequence flow " + elId + " has no diagram edge");
          }
          checkId(name, el);
        } else if (tag.endsWith("EventDefinition") && !elId.isEmpty()) {
          checkId(name, el);
        }
        checkListeners(name, el);
      }
      for (Element param : descendants(p, CAMUNDA, "inputParameter")) {
        checkInputParameter(name, param);
      }
      checkOverlaps(name, nodes, boundary, bounds);
      checkDeadlines(name, p);
      for (Element g : descendants(p, BPMN, "exclusiveGateway")) {
        checkGateway(name, p, g);
      }
    }
  }

  private void checkNode(String file, Element el, String tag) {
    String id = el.getAttribute("id");
    if (children(el, BPMN, "documentation").isEmpty()) {
      problem("names", file, tag + " " + id + " has no documentation");
    }
    if (!tag.endsWith("Gateway") && el.getAttribute("name").isBlank()) {
      problem("names", file, tag + " " + id + " has no name");
    }
    switch (tag) {
      case "userTask" -> {
        if (el.getAttributeNS(CAMUNDA, "candidateGroups").isBlank()) {
          problem("candidates", file, "user task " + id + " has no candidate groups");
        }
        if (!el.getAttributeNS(CAMUNDA, "assignee").isEmpty()
            || !el.getAttributeNS(CAMUNDA, "candidateUsers").isEmpty()) {
          problem(
              "candidates",
              file,
              "user task "
                  + id
                  + " names users (assignee or candidateUsers); use candidate groups");
        }
        checkFormReference(file, el, true);
      }
      case "startEvent" -> checkFormReference(file, el, false);
      case "serviceTask", "sendTask" -> {
        String bean = delegateBean(file, el, el.getAttributeNS(CAMUNDA, "delegateExpression"));
        if (bean != null && GOES_OUTSIDE.matcher(bean).matches()) {
          boolean async = "true".equals(el.getAttributeNS(CAMUNDA, "asyncBefore"));
          boolean retries = !descendants(el, CAMUNDA, "failedJobRetryTimeCycle").isEmpty();
          if (!async || !retries) {
            problem(
                "async",
                file,
                tag
                    + " "
                    + id
                    + " calls outside ("
                    + bean
                    + ") without asyncBefore and a failedJobRetryTimeCycle");
          }
        }
      }
      case "callActivity" -> {
        if (!processIds.contains(el.getAttribute("calledElement"))) {
          problem(
              "call",
              file,
              "call activity "
                  + id
                  + " calls "
                  + el.getAttribute("calledElement")
                  + ", not a process of bpmn/");
        }
      }
      case "businessRuleTask" -> {
        String ref = el.getAttributeNS(CAMUNDA, "decisionRef");
        List<String> keys = new ArrayList<>();
        if (ref.startsWith("${") || ref.startsWith("#{")) {
          Matcher m = QUOTED.matcher(ref);
          while (m.find()) {
            keys.add(m.group(1));
          }
        } else if (!ref.isEmpty()) {
          keys.add(ref);
        }
        if (keys.isEmpty()) {
          problem("dmn", file, "business rule task " + id + " names no decision");
        }
        for (String key : keys) {
          referencedDecisions.add(key);
          if (!decisionKeys.contains(key)) {
            problem(
                "dmn",
                file,
                "business rule task " + id + " refers to decision " + key + ", not found in dmn/");
          }
        }
      }
      default -> {}
    }
  }

  /**
   * Input mappings: the bean an expression calls exists; a deadline names a decision table of dmn/.
   */
  private void checkInputParameter(String file, Element param) {
    String value = param.getTextContent().strip();
    Element owner = (Element) param.getParentNode().getParentNode().getParentNode();
    Matcher bean = EXPRESSION_BEAN.matcher(value);
    if (bean.find()
        && !ENGINE_VARIABLES.contains(bean.group(1))
        && !beans.contains(bean.group(1))) {
      problem(
          "bean",
          file,
          owner.getAttribute("id")
              + " input "
              + param.getAttribute("name")
              + " calls "
              + bean.group(1)
              + ", not a Spring bean");
    }
    Matcher step = NAMED_STEP.matcher(value);
    if (step.find() && !step.group(1).equals(owner.getAttribute("id"))) {
      problem(
          "deadline",
          file,
          owner.getAttribute("id")
              + " input "
              + param.getAttribute("name")
              + " names step "
              + step.group(1)
              + ": an input mapping names the task it belongs to");
    }
    Matcher deadline = DEADLINE_DECISION.matcher(value);
    if (deadline.find()) {
      referencedDecisions.add(deadline.group(1));
      if (!decisionKeys.contains(deadline.group(1))) {
        problem(
            "dmn",
            file,
            owner.getAttribute("id")
                + " takes its deadline from decision "
                + deadline.group(1)
                + ", not found in dmn/");
      }
    }
  }

  /**
   * D-1, D-2: deadlines on every user task of a flow that has them, each with its reminder and
   * overdue timers.
   */
  private void checkDeadlines(String file, Element process) {
    List<Element> tasks = descendants(process, BPMN, "userTask");
    boolean flowHasDeadlines =
        tasks.stream().anyMatch(t -> !t.getAttributeNS(CAMUNDA, "dueDate").isEmpty());
    if (!flowHasDeadlines) {
      return;
    }
    List<Element> boundaryEvents = descendants(process, BPMN, "boundaryEvent");
    for (Element task : tasks) {
      String id = task.getAttribute("id");
      String due = task.getAttributeNS(CAMUNDA, "dueDate");
      if (due.isEmpty()) {
        problem(
            "deadline",
            file,
            "user task " + id + " has no due date, unlike the other steps of its process");
        continue;
      }
      List<String> timers = new ArrayList<>();
      for (Element b : boundaryEvents) {
        if (b.getAttribute("attachedToRef").equals(id)
            && !descendants(b, BPMN, "timerEventDefinition").isEmpty()) {
          if (!"false".equals(b.getAttribute("cancelActivity"))) {
            problem(
                "deadline",
                file,
                "timer "
                    + b.getAttribute("id")
                    + " on "
                    + id
                    + " takes the task away (interrupting)");
          }
          timers.add(
              descendants(b, BPMN, "timeDate").stream()
                  .map(t -> t.getTextContent().strip())
                  .findFirst()
                  .orElse(""));
        }
      }
      if (!timers.contains(due) || timers.size() < 2) {
        problem(
            "deadline",
            file,
            "user task "
                + id
                + " needs a reminder timer and an overdue timer at its due date "
                + due);
      }
    }
  }

  private void checkFormReference(String file, Element el, boolean required) {
    String id = el.getAttribute("id");
    String ref = el.getAttributeNS(CAMUNDA, "formRef");
    String key = el.getAttributeNS(CAMUNDA, "formKey");
    if (ref.isEmpty() && key.isEmpty()) {
      if (required) {
        problem("form", file, "user task " + id + " names no form");
      }
      return;
    }
    if (!ref.isEmpty() && !ref.startsWith("${") && !formIds.contains(ref)) {
      problem("form", file, id + " refers to form " + ref + ", not found in forms/");
    }
    Matcher m = EMBEDDED_FORM.matcher(key);
    if (!key.isEmpty() && (!m.matches() || !Files.isRegularFile(root.resolve(m.group(1))))) {
      problem("form", file, id + " refers to " + key + ", not a file under forms/");
    }
  }

  private void checkListeners(String file, Element el) {
    for (String tag : List.of("executionListener", "taskListener")) {
      for (Element l : children(extensionElements(el), CAMUNDA, tag)) {
        if (!l.getAttribute("delegateExpression").isEmpty()) {
          delegateBean(file, el, l.getAttribute("delegateExpression"));
        }
        Matcher m = EXPRESSION_BEAN.matcher(l.getAttribute("expression"));
        if (m.find() && !ENGINE_VARIABLES.contains(m.group(1)) && !beans.contains(m.group(1))) {
          problem(
              "bean",
              file,
              el.getAttribute("id") + " listener calls " + m.group(1) + ", not a Spring bean");
        }
      }
    }
  }

  /**
   * The bean a delegate expression names; a problem if it is not a plain ${bean} of the
   * application.
   */
  private String delegateBean(String file, Element el, String expression) {
    if (expression.isEmpty()) {
      if (el.getLocalName().equals("serviceTask")
          && el.getAttributeNS(CAMUNDA, "expression").isEmpty()
          && el.getAttributeNS(CAMUNDA, "type").isEmpty()) {
        problem(
            "bean", file, "service task " + el.getAttribute("id") + " has no delegateExpression");
      }
      return null;
    }
    Matcher m = DELEGATE_BEAN.matcher(expression);
    if (!m.matches() || !beans.contains(m.group(1))) {
      problem(
          "bean",
          file,
          el.getAttribute("id")
              + " delegates to "
              + expression
              + ", not a Spring bean of the application");
      return null;
    }
    return m.group(1);
  }

  private void checkGateway(String file, Element process, Element gateway) {
    String id = gateway.getAttribute("id");
    List<Element> outgoing = new ArrayList<>();
    for (Element f : descendants(process, BPMN, "sequenceFlow")) {
      if (f.getAttribute("sourceRef").equals(id)) {
        outgoing.add(f);
      }
    }
    if (outgoing.size() < 2) {
      return;
    }
    String dflt = gateway.getAttribute("default");
    if (dflt.isEmpty() || outgoing.stream().noneMatch(f -> f.getAttribute("id").equals(dflt))) {
      problem(
          "gateway",
          file,
          "exclusive gateway " + id + " has no default flow among its outgoing flows");
    }
    for (Element f : outgoing) {
      String fid = f.getAttribute("id");
      if (f.getAttribute("name").isBlank()) {
        problem("gateway", file, "flow " + fid + " out of gateway " + id + " has no name");
      }
      if (!fid.equals(dflt) && children(f, BPMN, "conditionExpression").isEmpty()) {
        problem(
            "gateway",
            file,
            "flow " + fid + " out of gateway " + id + " is neither the default nor conditional");
      }
    }
  }

  private void checkOverlaps(
      String file, List<Element> nodes, Set<String> boundary, Map<String, double[]> bounds) {
    List<String> ids =
        nodes.stream()
            .map(n -> n.getAttribute("id"))
            .filter(i -> bounds.containsKey(i) && !boundary.contains(i))
            .toList();
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        double[] x = bounds.get(ids.get(a));
        double[] y = bounds.get(ids.get(b));
        boolean overlap =
            x[0] < y[0] + y[2] && y[0] < x[0] + x[2] && x[1] < y[1] + y[3] && y[1] < x[1] + x[3];
        boolean inside = contains(x, y) || contains(y, x);
        if (overlap && !inside) {
          problem("overlap", file, "shapes of " + ids.get(a) + " and " + ids.get(b) + " overlap");
        }
      }
    }
  }

  private static boolean contains(double[] outer, double[] inner) {
    return outer[0] <= inner[0]
        && outer[1] <= inner[1]
        && outer[0] + outer[2] >= inner[0] + inner[2]
        && outer[1] + outer[3] >= inner[1] + inner[3];
  }

  private void checkId(String file, Element el) {
    String id = el.getAttribute("id");
    if (!READABLE_ID.matcher(id).matches()) {
      problem(
          "id",
          file,
          el.getLocalName() + " id " + id + " is not a readable id (Prefix_ReadableName)");
    }
  }

  private void problem(String rule, String file, String message) {
    problems.add("[" + rule + "] " + file + ": " + message);
  }

  private List<Path> files(String folder, String suffix) throws IOException {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private String rel(Path p) {
    return root.relativize(p).toString();
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static Element extensionElements(Element el) {
    List<Element> ext = children(el, BPMN, "extensionElements");
    return ext.isEmpty() ? null : ext.get(0);
  }

  private static List<Element> children(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && e.getLocalName().equals(localName)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Descendants in document order; {@code localName} null for every element of the namespace. */
  private static List<Element> descendants(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS(ns, localName == null ? "*" : localName);
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }
}
