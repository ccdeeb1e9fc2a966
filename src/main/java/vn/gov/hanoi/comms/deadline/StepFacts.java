package vn.gov.hanoi.comms.deadline;

import java.util.HashMap;
import java.util.Map;

/**
 * What the deadline table decides on for one step, computed by the product from its own tables
 * (never from variables a caller could set).
 *
 * @param flow VNEID or IHANOI
 * @param step the user task's id
 * @param holderGroup the Camunda group that holds the step, as recorded for the request or notice
 * @param policeArea the area of a police-appraisal-* / police-chief-* holder, else null
 * @param unitCode the requesting unit (VNeID) or the issuing body (iHanoi)
 * @param areaTiers 3 while the area list in force has districts, 2 otherwise
 */
public record StepFacts(
    String flow,
    String step,
    String holderGroup,
    String policeArea,
    String policeAreaName,
    String unitCode,
    String unitName,
    int areaTiers) {

  Map<String, Object> variables() {
    Map<String, Object> v = new HashMap<>();
    v.put("flow", flow);
    v.put("step", step);
    v.put("holderGroup", holderGroup);
    v.put("policeArea", policeArea);
    v.put("policeAreaName", policeAreaName);
    v.put("unitCode", unitCode);
    v.put("unitName", unitName);
    v.put("areaTiers", areaTiers);
    return v;
  }
}
