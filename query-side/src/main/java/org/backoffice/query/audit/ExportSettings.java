package org.backoffice.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.audit.export-chunk: how many events the NDJSON export reads in one transaction. Each
 * chunk is a short transaction of its own, so an export of any size stays far below the
 * database's bound on a transaction (backoffice.database.transaction-timeout).
 */
@ConfigurationProperties("backoffice.audit")
public record ExportSettings(@DefaultValue("1000") int exportChunk) {

    public ExportSettings {
        if (exportChunk < 1 || exportChunk > 100_000) {
            throw new IllegalArgumentException("backoffice.audit.export-chunk must be between 1 and 100000");
        }
    }
}
