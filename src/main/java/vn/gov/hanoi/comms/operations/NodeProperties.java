package vn.gov.hanoi.comms.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.node-name} (NODE_NAME): this node's name in a cluster ({@link NodeName}); blank: none.
 */
@ConfigurationProperties("app")
public record NodeProperties(@DefaultValue("") String nodeName) {}
