package vn.gov.hanoi.comms.security.boundary;

/** The way a call came into the product; written with every refusal in the audit trail. */
public enum Door {
  /** The product's own REST API under /api. */
  PRODUCT_API("API sản phẩm /api"),
  /** Camunda's REST API under /engine-rest (other systems, Camunda Modeler). */
  ENGINE_REST("Camunda REST /engine-rest"),
  /** The webapps' own API under /camunda/api (Tasklist, Cockpit, Admin and their login). */
  WEBAPP("Tasklist/Cockpit /camunda/api"),
  /** Any other page this application serves. */
  WEB("web"),
  /** No HTTP request: the job executor, timers, start-up work or other Java code. */
  JAVA("Java");

  private final String label;

  Door(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Door ofPath(String path) {
    if (path.startsWith("/api/")) {
      return PRODUCT_API;
    }
    if (path.startsWith("/engine-rest/") || path.equals("/engine-rest")) {
      return ENGINE_REST;
    }
    if (path.startsWith("/camunda/api/")) {
      return WEBAPP;
    }
    return WEB;
  }
}
