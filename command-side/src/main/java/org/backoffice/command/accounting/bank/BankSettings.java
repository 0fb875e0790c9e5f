package org.backoffice.command.accounting.bank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * backoffice.bank.*: statementMaxSize, the largest statement file an upload may have (16 MB: a
 * camt.053 of about 20,000 entries); matchingChunk, how many entries one unit of work matches.
 */
@ConfigurationProperties("backoffice.bank")
public record BankSettings(@DefaultValue("16MB") DataSize statementMaxSize, @DefaultValue("100") int matchingChunk) {

    public BankSettings {
        if (statementMaxSize.toBytes() < 1024 || statementMaxSize.toBytes() > 1024L * 1024 * 1024) {
            throw new IllegalArgumentException("backoffice.bank.statement-max-size must be between 1KB and 1GB");
        }
        if (matchingChunk < 1 || matchingChunk > 10_000) {
            throw new IllegalArgumentException("backoffice.bank.matching-chunk must be between 1 and 10000");
        }
    }
}
