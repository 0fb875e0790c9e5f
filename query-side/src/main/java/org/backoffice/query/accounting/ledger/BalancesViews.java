package org.backoffice.query.accounting.ledger;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TaxRole;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;

import org.backoffice.query.common.PageView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the balances read model answers: plain records, never the JPA entities. */
public final class BalancesViews {

    private BalancesViews() {
    }

    public record PartyView(PartyKind kind, UUID id, String name) {
    }

    public record AccountView(UUID id, String number, String name, AccountType type, String currency,
                              Money balance, Money overdraftLimit, PartyView party, @Schema(allowableValues = {"OPEN", "CLOSED"}) String status,
                              Instant openedAt, Instant closedAt,
                              @Schema(description = "the balance sheet or P&L position (account group) it is shown under") String group,
                              @Schema(description = "a company bank account's IBAN and BIC") org.backoffice.events.accounting.BankDetails bankDetails) {

        AccountView withBankDetails(org.backoffice.events.accounting.BankDetails details) {
            return new AccountView(id, number, name, type, currency, balance, overdraftLimit, party, status, openedAt,
                    closedAt, group, details);
        }
    }

    public record LedgerEntryView(UUID transactionId, @Schema(allowableValues = {"DEBIT", "CREDIT"}) String side, Money amount, Money balanceAfter,
                                  String reference, Instant timestamp) {
    }

    /**
     * A transaction or journal entry. debitAccountId and creditAccountId are set when it has one
     * debit and one credit leg; amount is the total of its debits; valueDate is the booking date
     * and reference the text.
     */
    public record TransactionView(UUID id, TransactionKind kind, String documentNumber, LocalDate documentDate,
                                  UUID debitAccountId, UUID creditAccountId,
                                  Money amount, String reference, LocalDate valueDate, @Schema(allowableValues = {"COMPLETED", "REJECTED", "REVERSED"}) String status,
                                  String reason, UUID reversalOf, UUID reversedBy, Instant recordedAt,
                                  List<LegView> legs) {
    }

    /** One leg of an entry, in the entry's order; taxCode and taxRole when a tax code made or taxes it. */
    public record LegView(UUID accountId, EntrySide side, Money amount, String taxCode, TaxRole taxRole) {
    }

    /** Query results are non-generic records: Axon matches response types by their raw class. */
    public record AccountList(PageView<AccountView> page) {
    }

    public record EntryList(PageView<LedgerEntryView> page) {
    }

    public record AccountBalance(UUID id, String number, String name, AccountType type, @Schema(allowableValues = {"OPEN", "CLOSED"}) String status,
                                 Money balance) {
    }

    public record BalancesReport(Instant asOf, List<AccountBalance> accounts) {
    }
}
