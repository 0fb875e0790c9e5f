package org.backoffice.query.accounting.closing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the fiscal years, their periods, seals and verifications answer. */
public final class ClosingViews {

    private ClosingViews() {
    }

    @Schema(description = "status: OPEN; PERIODS_CLOSED (every period closed, the year not); CLOSED")
    public record FiscalYearView(int year, LocalDate start, LocalDate end, String status,
                                 @Schema(description = "the entry of the opening balances, if they were entered")
                                 java.util.UUID openingBalancesEntryId,
                                 YearEndView yearEnd, List<PeriodView> periods) {
    }

    @Schema(description = "The year's close: its profit (positive) or loss, the entry that closed it into the carried "
            + "forward account, and the balance-sheet accounts' balances carried into the next year (debits minus credits)")
    public record YearEndView(Instant closedAt, String closedBy, java.util.UUID profitAndLossEntryId,
                              org.backoffice.events.common.Money result, List<CarriedView> carriedForward) {
    }

    public record CarriedView(java.util.UUID accountId, String number, String name, org.backoffice.events.common.Money balance) {
    }

    @Schema(description = "status: OPEN or CLOSED. A closed period without a seal is being sealed.")
    public record PeriodView(int year, int period, String name, LocalDate from, LocalDate to, String status,
                             Instant closedAt, String closedBy, SealView seal, List<HistoryView> history) {
    }

    @Schema(description = "action: CLOSED, SEALED or REOPENED (with the reason)")
    public record HistoryView(String action, Instant at, String by, String reason) {
    }

    @Schema(description = "The seal of the period's close: digests (SHA-256, hex) rebuilt from the events up to "
            + "position, the close's own event")
    public record SealView(Instant sealedAt, long position, String chainHeads, long streams, String trialBalance,
                           int accounts, String journal, long entries, String vatReturn,
                           @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                           @Schema(type = "string", example = "1234.56") BigDecimal vatPayable) {
    }

    @Schema(description = "One part of a seal: what was sealed, what the events give now, and whether they agree")
    public record DigestCheck(String part, String sealed, String rebuilt, boolean reproduced, List<String> differences) {
    }

    @Schema(description = "status: REPRODUCED when every digest was reproduced from the events, DIFFERS otherwise "
            + "(the checks say which part and where); NOT_SEALED when the period has no seal to verify")
    public record VerificationView(int year, int period, String name, String status, Long position,
                                   List<DigestCheck> checks, long millis) {
    }
}
