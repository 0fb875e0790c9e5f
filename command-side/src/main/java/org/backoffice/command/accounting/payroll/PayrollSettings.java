package org.backoffice.command.accounting.payroll;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.payroll.*: paymentChunk, how many payments of a run one step posts and settles
 * before the step forward is recorded (each payment in transactions of its own; the step keeps
 * the processor's own transaction short whatever the size of the run).
 */
@ConfigurationProperties("backoffice.payroll")
public record PayrollSettings(@DefaultValue("200") int paymentChunk) {

    public PayrollSettings {
        if (paymentChunk < 1 || paymentChunk > 10_000) {
            throw new IllegalArgumentException("backoffice.payroll.payment-chunk must be between 1 and 10000");
        }
    }
}
