package org.backoffice.infra.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this instance keeps its files and how it is known (backoffice.data-dir, .node-id, and
 * backoffice.embedded-postgres.port for the embedded server, 0: any free port).
 */
@ConfigurationProperties("backoffice")
public record InstanceSettings(@DefaultValue("./backoffice-data") String dataDir, @DefaultValue("") String nodeId,
                               @DefaultValue EmbeddedPostgres embeddedPostgres) {

    public record EmbeddedPostgres(@DefaultValue("0") int port) {
    }
}
