package org.backoffice.query.accounting.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is read of partners' open items: their items and payments, the aging, the statement. */
public final class OpenItemViews {

    private OpenItemViews() {
    }

    public record SettlementView(UUID paymentId, String documentNumber, LocalDate bookingDate, Money amount) {
    }

    public record OpenItemView(UUID itemId, String documentNumber, LocalDate documentDate, LocalDate bookingDate,
                               LocalDate dueDate, Money amount, Money settled, Money open,
                               @Schema(description = "days past the due date as of the date asked, while open") long daysOverdue,
                               @Schema(allowableValues = {"OPEN", "SETTLED", "REVERSED"}) String status,
                               UUID reversalId, List<SettlementView> settlements) {
    }

    public record PartnerPaymentView(UUID paymentId, String documentNumber, LocalDate bookingDate, Money amount,
                              Money allocated, Money unallocated,
                              @Schema(allowableValues = {"UNALLOCATED", "ALLOCATED", "REVERSED"}) String status,
                              UUID reversalId) {
    }

    public record PartnerItemsView(UUID partnerId, String name,
                                   @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"}) String kind, UUID accountId,
                                   LocalDate asOf, List<OpenItemView> items, List<PartnerPaymentView> payments,
                                   Money totalOpen, Money totalUnallocated,
                                   @Schema(description = "open items less unallocated payments") Money balance) {
    }

    /** Open amounts by days past due (due date to the date asked), and the unallocated payments. */
    public record AgingBuckets(Money notDue, Money days1To30, Money days31To60, Money days61To90, Money over90,
                               Money totalOpen, Money unallocated,
                               @Schema(description = "totalOpen less unallocated") Money balance) {
    }

    public record AgingLine(UUID partnerId, String name, String accountNumber, AgingBuckets amounts) {
    }

    public record AgingView(@Schema(allowableValues = {"CUSTOMER", "SUPPLIER"}) String kind, LocalDate asOf,
                            String currency, List<AgingLine> partners, AgingBuckets total) {
    }

    public record PartnerStatementLine(UUID transactionId, LocalDate bookingDate, String documentNumber,
                                LocalDate documentDate, String text, Money debit, Money credit,
                                @Schema(description = "the balance after this line: positive is what the customer "
                                        + "owes us (or we owe the supplier)") Money balance) {
    }

    public record PartnerStatementView(UUID partnerId, String name, @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"}) String kind,
                                String accountNumber, LocalDate from, LocalDate to, String currency,
                                Money openingBalance, List<PartnerStatementLine> lines, Money closingBalance,
                                List<OpenItemView> openItems, List<PartnerPaymentView> unallocatedPayments) {
    }
}
