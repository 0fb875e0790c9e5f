package org.backoffice.events.accounting;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A fiscal year was closed. Its profit (result positive) or loss was closed into the chart's
 * profit or loss carried forward account by the journal entry profitAndLossEntryId, dated the
 * year's last day (null when no income or expense account had a balance). carriedForward are the
 * balance-sheet accounts' balances at the year's end after that entry (debits minus credits): the
 * next year's opening balances. The ledger's balances run on across years, so they are carried
 * without an entry of their own (see docs/api.md). The year's periods can no longer be reopened.
 */
@Revision("1")
public record FiscalYearClosedEvent(UUID booksId, int year, UUID profitAndLossEntryId, String currency,
                                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal result,
                                    List<CarriedBalance> carriedForward) {

    public FiscalYearClosedEvent {
        carriedForward = List.copyOf(carriedForward);
    }

    /** An account's balance carried into the next year: debits minus credits, in its currency. */
    public record CarriedBalance(UUID accountId, String currency,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {
    }
}
